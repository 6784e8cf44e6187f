import { notFound, permanentRedirect } from 'next/navigation';

// The parts of a list's address. Page 1 has one address, the list's own; anything that is not
// a page number is a 404, never an empty page. A segment that cannot be a slug is a 404 before
// any query, so made-up addresses cannot fill the data cache.

const pageNumberPattern = /^[1-9]\d{0,5}$/;
const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const isSlug = (segment: string) => slugPattern.test(segment);

/** The page number, or null when the segment is not one (metadata must not redirect or throw). */
export function parsePageNumber(segment: string): number | null {
  return pageNumberPattern.test(segment) ? Number(segment) : null;
}

/** The page number for a page route: `/page/1` redirects to `firstPage` (next.config.ts does it first), junk is a 404. */
export function pageNumberOrRedirect(segment: string, firstPage: string): number {
  const page = parsePageNumber(segment);
  if (page === 1) permanentRedirect(firstPage);
  if (page === null) notFound();
  return page;
}
