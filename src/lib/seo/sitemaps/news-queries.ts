import { published } from '@/lib/articles/queries';
import { readDb } from '@/lib/db/client';
import { paths } from '@/lib/urls';

// Google News sitemap: the stories published in the last two days, newest first, at most 1,000.

export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export type NewsSitemapEntry = { path: string; headline: string; language: string; publishedAt: string };

/** The stories of the news window, newest first, read now. */
export async function findNewsArticles(): Promise<NewsSitemapEntry[]> {
  const now = Date.now();
  const rows = await readDb.article.findMany({
    where: { ...published, publishedAt: { gte: new Date(now - NEWS_WINDOW_HOURS * 3_600_000), lte: new Date(now) } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: NEWS_SITEMAP_LIMIT,
    select: { slug: true, headline: true, language: true, publishedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((r) => ({ path: paths.article(r), headline: r.headline, language: r.language, publishedAt: (r.publishedAt ?? new Date(now)).toISOString() }));
}
