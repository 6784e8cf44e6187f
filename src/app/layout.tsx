import type { Metadata, Viewport } from 'next';
import { site } from '@/lib/site';
import { siteUrl } from '@/lib/urls';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${site.name} ${site.edition}`, template: `%s : ${site.name} ${site.edition}` },
  description: site.description,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={site.language}>
      <body>{children}</body>
    </html>
  );
}
