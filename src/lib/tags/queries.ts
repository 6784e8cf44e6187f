import { unstable_cache } from 'next/cache';
import { getListingPage } from '@/lib/articles/lists';
import type { ListingPage } from '@/lib/articles/listing';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';

export type TagView = { id: number; slug: string; name: string };

/**
 * A tag that at least one published story carries. Tags are typed freely on drafts, so a tag
 * seen only on unpublished stories does not exist for readers (its name may be news itself).
 */
export function getPublicTag(slug: string): Promise<TagView | null> {
  return unstable_cache(
    async () =>
      readDb.tag.findFirst({
        where: { slug, articles: { some: { listedAt: { not: null } } } },
        select: { id: true, slug: true, name: true },
      }),
    ['tag', slug],
    { tags: [tags.articleLists, tags.tag(slug)], revalidate: 3600 },
  )();
}

export function getTagPage(tag: TagView, page: number): Promise<ListingPage | null> {
  return getListingPage({ kind: 'tag', id: tag.id }, page, [tags.tag(tag.slug)]);
}
