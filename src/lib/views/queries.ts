import { unstable_cache } from 'next/cache';
import { Prisma } from '@/generated/prisma/client';
import { published } from '@/lib/articles/queries';
import { cardSelect, toCard } from '@/lib/articles/select';
import type { ArticleCard } from '@/lib/articles/types';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';

// Most viewed: page views summed over hourly buckets in a window (24 hours by default).

async function findMostViewed(hours: number, take: number): Promise<ArticleCard[]> {
  const since = new Date(Date.now() - hours * 3_600_000);
  const ranked = await db.$queryRaw<{ articleId: number }[]>(Prisma.sql`
    SELECT b."articleId" FROM "ArticleViewBucket" b
    JOIN "Article" a ON a.id = b."articleId" AND a.status = 'PUBLISHED'
    WHERE b.hour >= date_trunc('hour', ${since}::timestamp)
    GROUP BY b."articleId" ORDER BY SUM(b.views) DESC, b."articleId" DESC LIMIT ${take}`);
  const ids = ranked.map((r) => r.articleId);
  const rows = await db.article.findMany({ where: { id: { in: ids }, ...published }, select: cardSelect });
  return ids.flatMap((id) => rows.filter((r) => r.id === id)).map(toCard);
}

export function getMostViewed(hours = 24, take = 10): Promise<ArticleCard[]> {
  return unstable_cache(findMostViewed, ['most-viewed', String(hours), String(take)], { tags: [tags.mostViewed], revalidate: 60 })(hours, take);
}
