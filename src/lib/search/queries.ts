import { getSection } from '@/lib/sections/queries';
import type { SearchParams } from './schema';
import { searchArticles, type SearchResults } from './search';

// The results page's one read. Not cached: every query string would be its own cache entry,
// and anyone could fill the cache by making them up. The GIN index keeps it cheap instead.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of a KST calendar day (the newsroom's dates), as a moment. */
const kstMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);

export async function search(params: SearchParams): Promise<SearchResults | null> {
  const section = params.section ? await getSection(params.section) : null;
  return searchArticles(
    {
      q: params.q,
      sectionIds: section ? [section.id, ...section.children.map((child) => child.id)] : null,
      from: params.from ? kstMidnight(params.from) : null,
      to: params.to ? new Date(kstMidnight(params.to).getTime() + DAY_MS) : null,
    },
    params.page,
  );
}
