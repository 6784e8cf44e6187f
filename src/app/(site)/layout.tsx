import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getNavigation } from '@/lib/sections/queries';

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = await getNavigation();
  return (
    <>
      <SiteHeader sections={sections} />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
