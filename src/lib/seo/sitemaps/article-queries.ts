import { Prisma } from '@/generated/prisma/client';
import { published } from '@/lib/articles/queries';
import { readDb } from '@/lib/db/client';
import { paths } from '@/lib/urls';

// Article sitemaps: one file per month of publication (KST), each under the protocol's 50,000
// URLs. The index needs one grouped query over all published stories; a month file reads only
// its own month through the (status, publishedAt) index.

export const URLS_PER_SITEMAP = 50_000;
const KST_OFFSET_MS = 9 * 3_600_000;

export type SitemapUrl = { path: string; lastmod: string | null };
export type ArticleMonth = { month: string; lastmod: string; count: number };

type MonthRow = { month: string; lastmod: Date; count: number };

/** Every month with published stories: how many, and the newest change among them. */
export async function findArticleMonths(): Promise<ArticleMonth[]> {
  const rows = await readDb.$queryRaw<MonthRow[]>(Prisma.sql`
    SELECT to_char("publishedAt" + interval '9 hours', 'YYYY-MM') AS month,
           max(greatest("publishedAt", coalesce("modifiedAt", "publishedAt"))) AS lastmod,
           count(*)::int AS count
    FROM "Article"
    WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL
    GROUP BY 1 ORDER BY 1`);
  return rows.map((r) => ({ month: r.month, lastmod: r.lastmod.toISOString(), count: r.count }));
}

/** The first instant of a KST month ("2019-07") and of the month after it, in UTC. */
function kstMonthBounds(month: string): { start: Date; end: Date } {
  const [year, monthIndex] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1];
  return { start: new Date(Date.UTC(year, monthIndex, 1) - KST_OFFSET_MS), end: new Date(Date.UTC(year, monthIndex + 1, 1) - KST_OFFSET_MS) };
}

/** One file of a month's stories, oldest first; empty when the month or part has none. */
export async function findArticleMonth(month: string, part: number, perFile = URLS_PER_SITEMAP): Promise<SitemapUrl[]> {
  const { start, end } = kstMonthBounds(month);
  const rows = await readDb.article.findMany({
    where: { ...published, publishedAt: { gte: start, lt: end } },
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    skip: (part - 1) * perFile,
    take: perFile,
    select: { slug: true, publishedAt: true, modifiedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => {
    const lastmod = row.modifiedAt && row.publishedAt && row.modifiedAt > row.publishedAt ? row.modifiedAt : row.publishedAt;
    return { path: paths.article(row), lastmod: lastmod?.toISOString() ?? null };
  });
}
