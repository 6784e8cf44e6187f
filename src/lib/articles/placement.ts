import type { Prisma } from '@/generated/prisma/client';
import type { FrontPagePlacement } from '@/generated/prisma/enums';

// Front-page placement: how the front page orders placed stories, and how the newsroom names
// placements and ranks. Plain data, so the editor in the browser can import it too.

/**
 * Among published stories placed alike, the lowest rank comes first, and of equal ranks the
 * most recently published. The front page takes the first LEAD story and the first TOP stories
 * in this order; placing a story moves no other.
 */
export const placedOrder = [{ frontPageRank: 'asc' }, { publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** Ranks run from 0 (first) to this. */
export const FRONT_PAGE_RANK_MAX = 99;

export const placementLabels: Record<FrontPagePlacement, string> = {
  NONE: 'Not placed',
  LEAD: 'Lead story',
  TOP: 'Top stories',
};
