import { db } from '@/lib/db/client';
import { parseViewKey, type ViewCounts } from './view-counts';

/**
 * Adds buffered views to the hourly buckets in one statement. Rows go in sorted by (story, hour),
 * so two writers (a flush outliving its lock) take row locks in the same order and cannot
 * deadlock. Views of a story that is not published (or no longer exists) are dropped here.
 */
export async function writeViewCounts(counts: ViewCounts): Promise<void> {
  const rows = [...counts]
    .map(([key, views]) => ({ ...parseViewKey(key), views }))
    .sort((a, b) => a.articleId - b.articleId || a.hour - b.hour);
  await db.$executeRaw`
    INSERT INTO "ArticleViewBucket" ("articleId", hour, views)
    SELECT v.id, timestamp 'epoch' + v.hour * interval '1 hour', v.views
    FROM unnest(${rows.map((r) => r.articleId)}::int[], ${rows.map((r) => r.hour)}::int[], ${rows.map((r) => r.views)}::int[]) AS v(id, hour, views)
    JOIN "Article" a ON a.id = v.id AND a.status = 'PUBLISHED'
    ORDER BY v.id, v.hour
    ON CONFLICT ("articleId", hour) DO UPDATE SET views = "ArticleViewBucket".views + EXCLUDED.views`;
}
