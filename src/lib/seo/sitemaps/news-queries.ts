import { unstable_cache } from 'next/cache';
import { published } from '@/lib/articles/queries';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';
import { paths } from '@/lib/urls';

// Google News sitemap: the stories published in the last two days, newest first, at most 1,000.

export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export type NewsSitemapEntry = { path: string; headline: string; language: string; publishedAt: string };

async function findNewsArticles(): Promise<NewsSitemapEntry[]> {
  const now = Date.now();
  const rows = await readDb.article.findMany({
    where: { ...published, publishedAt: { gte: new Date(now - NEWS_WINDOW_HOURS * 3_600_000), lte: new Date(now) } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: NEWS_SITEMAP_LIMIT,
    select: { slug: true, headline: true, language: true, publishedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((r) => ({ path: paths.article(r), headline: r.headline, language: r.language, publishedAt: (r.publishedAt ?? new Date(now)).toISOString() }));
}

/** Refreshed by every publish and unpublish (`articles`), and every minute for the moving window. */
export const getNewsArticles = unstable_cache(findNewsArticles, ['news-sitemap'], { tags: [tags.articleLists], revalidate: 60 });
