import { unstable_cache } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';

export type SectionNav = { slug: string; name: string; children: { slug: string; name: string }[] };
export type SectionView = { id: number; slug: string; name: string; description: string; parent: { slug: string; name: string } | null; children: { slug: string; name: string }[] };

/** Top-level sections in navigation order, each with its subsections. */
export const getNavigation = unstable_cache(
  async (): Promise<SectionNav[]> =>
    db.section.findMany({
      where: { parentId: null },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { slug: true, name: true, children: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } } },
    }),
  ['navigation'],
  { tags: [tags.navigation], revalidate: 3600 },
);

export function getSection(slug: string): Promise<SectionView | null> {
  return unstable_cache(
    async () =>
      db.section.findUnique({
        where: { slug },
        select: {
          id: true, slug: true, name: true, description: true,
          parent: { select: { slug: true, name: true } },
          children: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } },
        },
      }),
    ['section', slug],
    { tags: [tags.navigation, tags.section(slug)], revalidate: 3600 },
  )();
}
