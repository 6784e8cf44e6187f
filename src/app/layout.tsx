import type { Metadata, Viewport } from 'next';
import { formatRenderAbortReason } from '@/lib/react/format-render-abort-reason';
import { feedLinks, shareImage, siteName } from '@/lib/seo/share';
import { site } from '@/lib/site';
import { siteUrl } from '@/lib/urls';
import './globals.css';

// Defaults for every page; each public page sets its own canonical URL, Open Graph and feeds
// through src/lib/seo (a page's `openGraph` or `alternates` replaces these whole).
export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${site.name} ${site.edition}`, template: `%s : ${site.name} ${site.edition}` },
  description: site.description,
  applicationName: siteName,
  // Large image previews in Discover and search; pages that must stay out set their own robots.
  robots: { 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
  alternates: { types: feedLinks() },
  openGraph: { type: 'website', siteName, locale: 'en_US', images: [shareImage(null)] },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  formatRenderAbortReason();
  return (
    <html lang={site.language}>
      <body>{children}</body>
    </html>
  );
}
