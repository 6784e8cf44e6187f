import { seoPaths } from '../paths';
import { findArticleMonths, URLS_PER_SITEMAP, type SitemapUrl } from './article-queries';

// The sitemap index: the listings' sitemaps, then one file per month of stories (more for a
// month with more stories than one file may hold), each dated by its newest change.

export async function findSitemapIndex(perFile = URLS_PER_SITEMAP): Promise<SitemapUrl[]> {
  const months = await findArticleMonths();
  const newest = months.map((m) => m.lastmod).sort().at(-1) ?? null;
  const listings = (['sections', 'topics', 'authors'] as const).map((kind) => ({ path: seoPaths.listingSitemap(kind), lastmod: newest }));
  const articles = months.flatMap((m) =>
    Array.from({ length: Math.ceil(m.count / perFile) }, (_, i) => ({ path: seoPaths.articleSitemap(m.month, i + 1), lastmod: m.lastmod })),
  );
  return [...listings, ...articles];
}
