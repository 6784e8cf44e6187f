import { Prisma } from '@/generated/prisma/client';
import { readDb } from '@/lib/db/client';
import { listCardSelect, toListCard, type ListCard } from './list-card';
import { published } from './queries';

// Public lists of published stories, newest first, with stable page numbers (/…/page/N).
//
// A page is read in two steps. Its ids come from the list's own B-tree index alone: an
// index-only scan over (…, publishedAt DESC, id DESC) keys that steps past the newer pages'
// entries without reading a single table row. Then only that page's 20 rows are read. OFFSET
// on the full rows would read and discard 10,000 rows (and their photos and bylines) for page
// 500; stepping over 10,000 index entries of ~16 bytes stays within the cost of page 1 (the
// measurements are in README, "Pagination"). Topic, author and tag lists use their join
// tables' `listedAt` indexes, so they never touch the article table until the page is known.

export const LISTING_PAGE_SIZE = 20;
/** 100,000 stories make 5,000 pages; anything deeper is a 404 without a query. */
export const MAX_LISTING_PAGE = 5_000;

export type Listing =
  | { kind: 'latest' }
  | { kind: 'multimedia' }
  | { kind: 'sections'; sectionIds: number[] }
  | { kind: 'topic' | 'author' | 'tag'; id: number };

export type ListingPage = { page: number; stories: ListCard[]; hasNext: boolean };

const joinTables = {
  topic: { table: Prisma.raw('"ArticleTopic"'), column: Prisma.raw('"topicId"') },
  author: { table: Prisma.raw('"ArticleAuthor"'), column: Prisma.raw('"authorId"') },
  tag: { table: Prisma.raw('"ArticleTag"'), column: Prisma.raw('"tagId"') },
};

/** The list's newest `limit` keys (at, id), in index order. */
function keys(listing: Listing, limit: number): Prisma.Sql {
  const articles = (where: Prisma.Sql) => Prisma.sql`(SELECT "publishedAt" AS at, id FROM "Article"
    WHERE ${where} AND status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT ${limit})`;
  switch (listing.kind) {
    case 'latest':
      return articles(Prisma.sql`TRUE`);
    case 'multimedia':
      return articles(Prisma.sql`"hasMultimedia"`);
    case 'sections':
      // One ordered branch per section; Postgres merges them (Merge Append) instead of sorting.
      return Prisma.join(listing.sectionIds.map((id) => articles(Prisma.sql`"sectionId" = ${id}`)), ' UNION ALL ');
    default: {
      const { table, column } = joinTables[listing.kind];
      return Prisma.sql`(SELECT "listedAt" AS at, "articleId" AS id FROM ${table}
        WHERE ${column} = ${listing.id} AND "listedAt" IS NOT NULL ORDER BY "listedAt" DESC, "articleId" DESC LIMIT ${limit})`;
    }
  }
}

/** The ids of rows skip+1 … skip+take of the list, found in its index alone. */
export function listingIdsSql(listing: Listing, skip: number, take: number): Prisma.Sql {
  return Prisma.sql`SELECT id FROM (${keys(listing, skip + take)}) AS k ORDER BY at DESC, id DESC OFFSET ${skip} LIMIT ${take}`;
}

/** Published stories as list cards, in the order of `ids`. */
export async function findCards(ids: number[]): Promise<ListCard[]> {
  if (ids.length === 0) return [];
  const rows = await readDb.article.findMany({ where: { id: { in: ids }, ...published }, select: listCardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toListCard(row)] : [];
  });
}

/** Page `page` of a list, or null when there is no such page (page 1 always exists, even empty). */
export async function findListingPage(listing: Listing, page: number, pageSize = LISTING_PAGE_SIZE): Promise<ListingPage | null> {
  if (!Number.isInteger(page) || page < 1 || page > MAX_LISTING_PAGE) return null;
  if (listing.kind === 'sections' && listing.sectionIds.length === 0) return page === 1 ? { page, stories: [], hasNext: false } : null;
  const rows = await readDb.$queryRaw<{ id: number }[]>(listingIdsSql(listing, (page - 1) * pageSize, pageSize + 1));
  if (rows.length === 0 && page > 1) return null;
  const stories = await findCards(rows.slice(0, pageSize).map((row) => row.id));
  return { page, stories, hasNext: rows.length > pageSize };
}
