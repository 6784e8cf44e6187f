import { unstable_cache } from 'next/cache';
import { getListingPage } from '@/lib/articles/lists';
import type { ListingPage } from '@/lib/articles/listing';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';

export type SectionLink = { id: number; slug: string; name: string };
export type SectionNav = SectionLink & { children: SectionLink[] };
export type SectionView = SectionNav & { description: string; parent: { slug: string; name: string } | null };

const byPosition = [{ position: 'asc' as const }, { name: 'asc' as const }];
const linkSelect = { id: true, slug: true, name: true };

/** Top-level sections in navigation order, each with its subsections. */
export const getNavigation = unstable_cache(
  async (): Promise<SectionNav[]> =>
    readDb.section.findMany({
      where: { parentId: null },
      orderBy: byPosition,
      select: { ...linkSelect, children: { orderBy: byPosition, select: linkSelect } },
    }),
  ['navigation'],
  { tags: [tags.navigation], revalidate: 3600 },
);

export function getSection(slug: string): Promise<SectionView | null> {
  return unstable_cache(
    async () =>
      readDb.section.findUnique({
        where: { slug },
        select: {
          ...linkSelect,
          description: true,
          parent: { select: { slug: true, name: true } },
          children: { orderBy: byPosition, select: linkSelect },
        },
      }),
    ['section', slug],
    { tags: [tags.navigation, tags.section(slug)], revalidate: 3600 },
  )();
}

/** A page of the section's stories; a parent section lists its subsections' stories too. */
export function getSectionPage(section: SectionNav, page: number): Promise<ListingPage | null> {
  const sections = [section, ...section.children];
  return getListingPage({ kind: 'sections', sectionIds: sections.map((s) => s.id) }, page, sections.map((s) => tags.section(s.slug)));
}
