import { Prisma } from '@/generated/prisma/client';
import { findCards } from '@/lib/articles/listing';
import type { ListCard } from '@/lib/articles/list-card';
import { readDb } from '@/lib/db/client';
import { MAX_SEARCH_PAGE, MAX_SEARCH_RESULTS, SEARCH_PAGE_SIZE } from './schema';
import { MARK_END, MARK_START } from './snippet';

// Full-text search over Article.searchVector (English stemming; a trigger weights headline A,
// sub-headlines B, summary C, body D) with websearch_to_tsquery, so readers can type
// "north korea" -missile or pompeo.
//
// Ranking every match would read every matching row: a word like "Korea" matches most of the
// archive. So the GIN index (or, for common words, the newest-first index) finds the newest
// 1,000 matches, and only those are ranked: ts_rank_cd with the weights below, nudged by
// recency. ts_headline, the costly part, runs for the page's rows alone, over the plain text a
// trigger stores with each story (Article.searchText: Markdown and HTML removed, see the
// search_text migration).

export type SearchFilters = { q: string; sectionIds: number[] | null; from: Date | null; to: Date | null };
export type SearchResult = ListCard & { snippet: string };
export type SearchResults = { page: number; results: SearchResult[]; total: number; capped: boolean; hasNext: boolean };

/** Weights for D (body), C (summary), B (sub-headlines), A (headline). */
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;

function conditions({ q, sectionIds, from, to }: SearchFilters): Prisma.Sql {
  const parts = [
    Prisma.sql`a.status = 'PUBLISHED'`,
    // An empty query (stop words or punctuation only) is false at plan time: no rows are read.
    Prisma.sql`numnode(websearch_to_tsquery('english', ${q})) > 0`,
    Prisma.sql`a."searchVector" @@ websearch_to_tsquery('english', ${q})`,
  ];
  if (sectionIds) parts.push(Prisma.sql`a."sectionId" = ANY(${sectionIds})`);
  if (from) parts.push(Prisma.sql`a."publishedAt" >= ${from}`);
  if (to) parts.push(Prisma.sql`a."publishedAt" < ${to}`);
  return Prisma.join(parts, ' AND ');
}

type Row = { id: number; snippet: string; total: bigint };

export async function searchArticles(filters: SearchFilters, page: number): Promise<SearchResults | null> {
  if (page < 1 || page > MAX_SEARCH_PAGE) return null;
  const empty = { page, results: [], total: 0, capped: false, hasNext: false };
  if (!filters.q) return page === 1 ? empty : null;
  const rows = await readDb.$queryRaw<Row[]>(Prisma.sql`
    WITH candidates AS MATERIALIZED (
      SELECT a.id, a."publishedAt",
        ts_rank_cd(${WEIGHTS}::float4[], a."searchVector", websearch_to_tsquery('english', ${filters.q}), 32)
          * (1 + 0.2 / (1 + extract(epoch FROM now() - a."publishedAt") / 31557600)) AS rank
      FROM "Article" a
      WHERE ${conditions(filters)}
      ORDER BY a."publishedAt" DESC, a.id DESC
      LIMIT ${MAX_SEARCH_RESULTS}),
    hits AS (
      SELECT id, rank, "publishedAt" FROM candidates
      ORDER BY rank DESC, "publishedAt" DESC, id DESC
      OFFSET ${(page - 1) * SEARCH_PAGE_SIZE} LIMIT ${SEARCH_PAGE_SIZE})
    SELECT h.id, (SELECT count(*) FROM candidates) AS total,
      ts_headline('english', a."searchText", websearch_to_tsquery('english', ${filters.q}), ${HEADLINE_OPTIONS}) AS snippet
    FROM hits h JOIN "Article" a ON a.id = h.id
    ORDER BY h.rank DESC, h."publishedAt" DESC, h.id DESC`);
  const [top] = rows;
  if (!top) return page === 1 ? empty : null;
  const snippets = new Map(rows.map((row) => [row.id, row.snippet]));
  const cards = await findCards(rows.map((row) => row.id));
  const total = Number(top.total);
  return {
    page,
    results: cards.map((card) => ({ ...card, snippet: snippets.get(card.id) ?? '' })),
    total,
    capped: total >= MAX_SEARCH_RESULTS,
    hasNext: page * SEARCH_PAGE_SIZE < total,
  };
}
