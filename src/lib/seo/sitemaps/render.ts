import { site } from '@/lib/site';
import { toKstIso } from '@/lib/time/kst';
import { absoluteUrl } from '@/lib/urls';
import type { SitemapUrl } from './article-queries';
import type { NewsSitemapEntry } from './news-queries';

// The sitemaps protocol (sitemaps.org 0.9) and Google's news extension. Dates are W3C datetimes
// in KST; every text and URL is escaped, so a headline with "&" or "<" stays well-formed.

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

const loc = (path: string) => `<loc>${escapeXml(absoluteUrl(path))}</loc>`;
const lastmod = (iso: string | null) => (iso ? `<lastmod>${toKstIso(new Date(iso))}</lastmod>` : '');

export function renderSitemapIndex(sitemaps: SitemapUrl[]): string {
  const entries = sitemaps.map((s) => `  <sitemap>${loc(s.path)}${lastmod(s.lastmod)}</sitemap>`);
  return `${declaration}<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export function renderUrlset(urls: SitemapUrl[]): string {
  const entries = urls.map((u) => `  <url>${loc(u.path)}${lastmod(u.lastmod)}</url>`);
  return `${declaration}<urlset xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</urlset>\n`;
}

export function renderNewsSitemap(articles: NewsSitemapEntry[]): string {
  const publication = `<news:publication><news:name>${escapeXml(site.name)}</news:name>`;
  const entries = articles.map(
    (a) =>
      `  <url>${loc(a.path)}<news:news>${publication}<news:language>${escapeXml(a.language)}</news:language></news:publication>` +
      `<news:publication_date>${toKstIso(new Date(a.publishedAt))}</news:publication_date><news:title>${escapeXml(a.headline)}</news:title></news:news></url>`,
  );
  return `${declaration}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${entries.join('\n')}\n</urlset>\n`;
}
