import type { Metadata } from 'next';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { AdminHeader } from '@/components/admin/admin-header';
import './admin.css';

// The newsroom shell. It only shows the header; every page checks the session itself
// (requireUser), because a layout does not re-run on every navigation.

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s · Newsroom' },
  robots: { index: false, follow: false },
};

// Per-user pages: never cached, never prerendered.
export const dynamic = 'force-dynamic';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="admin">
      <a className="admin-skip" href="#admin-main">Skip to content</a>
      <AdminHeader user={user} />
      <main className="admin-main" id="admin-main">{children}</main>
    </div>
  );
}
