import { unstable_cache } from 'next/cache';
import { Prisma } from '@/generated/prisma/client';
import { published } from '@/lib/articles/queries';
import { linkSelect, toLink } from '@/lib/articles/select';
import type { StoryLink } from '@/lib/articles/types';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';
import { hourOf } from './view-counts';

// Most viewed: published stories ranked by the views in their hourly buckets over a window.
// "day" (the site's default) is the current hour and the 23 before it, so between 23 and 24
// hours of reading; "week" is the current hour and the 167 before it. Ties go to the newer id.

export const mostViewedWindows = { day: 24, week: 168 } as const;

export type MostViewedQuery = {
  window?: keyof typeof mostViewedWindows;
  /** A section's slug; its child sections' stories count as its own (as on section pages). */
  section?: string;
  take?: number;
};

const hourStart = (hour: number) => Prisma.sql`timestamp 'epoch' + ${hour}::int * interval '1 hour'`;

export async function findMostViewed({ window = 'day', section, take = 10 }: MostViewedQuery = {}, now = Date.now()): Promise<StoryLink[]> {
  const lastHour = hourOf(now);
  const firstHour = lastHour - mostViewedWindows[window] + 1;
  const inSection = section
    ? Prisma.sql`AND a."sectionId" IN (SELECT s.id FROM "Section" s LEFT JOIN "Section" p ON p.id = s."parentId" WHERE ${section} IN (s.slug, p.slug))`
    : Prisma.empty;
  // The window's stories ranked first, then checked one by one from the top until `take` are
  // published: a join lets the planner hash every published story (84 ms at 100,000; this, 5).
  const ranked = await readDb.$queryRaw<{ articleId: number }[]>(Prisma.sql`
    SELECT t."articleId" FROM (
      SELECT b."articleId", SUM(b.views) AS views FROM "ArticleViewBucket" b
      WHERE b.hour BETWEEN ${hourStart(firstHour)} AND ${hourStart(lastHour)}
      GROUP BY b."articleId" ORDER BY views DESC, b."articleId" DESC) t
    WHERE (SELECT a.status FROM "Article" a WHERE a.id = t."articleId" ${inSection}) = 'PUBLISHED'
    ORDER BY t.views DESC, t."articleId" DESC LIMIT ${take}`);
  const ids = ranked.map((r) => r.articleId);
  const rows = await readDb.article.findMany({ where: { id: { in: ids }, ...published }, select: linkSelect });
  const byId = new Map(rows.map((row) => [row.id, toLink(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Cached for a minute: the lists move every flush, pages need not follow every view. */
export function getMostViewed(query: MostViewedQuery = {}): Promise<StoryLink[]> {
  const { window = 'day', section = '', take = 10 } = query;
  return unstable_cache(() => findMostViewed(query), ['most-viewed', window, section, String(take)], {
    tags: [tags.mostViewed],
    revalidate: 60,
  })();
}
