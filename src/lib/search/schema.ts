import { z } from 'zod';

// What a reader may put in /search?q=&section=&from=&to=&page=. Nothing here is ever an error:
// a value that does not parse is dropped, so any address gives a page.

export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 10;
/** Only the newest matches are ranked (see search.ts): at most this many pages of them. */
export const MAX_SEARCH_RESULTS = 1_000;
export const MAX_SEARCH_PAGE = MAX_SEARCH_RESULTS / SEARCH_PAGE_SIZE;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Printable text only: NUL and control characters cannot reach Postgres, broken surrogates are mended. */
export function normalizeQuery(raw: string): string {
  const text = raw.toWellFormed().replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

const day = z.iso.date();
const optionalDay = z.preprocess(first, day.optional()).catch(undefined);

export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().transform(normalizeQuery)).catch(''),
  section: z.preprocess(first, z.string().regex(/^[a-z0-9-]{1,80}$/).optional()).catch(undefined),
  from: optionalDay,
  to: optionalDay,
  page: z.preprocess(first, z.coerce.number().int().min(1)).catch(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The address of a results page with the same query and filters. */
export function searchHref(params: SearchParams, page = params.page): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.section) query.set('section', params.section);
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}
