import { unstable_cache } from 'next/cache';
import { getListingPage } from '@/lib/articles/lists';
import type { ListingPage } from '@/lib/articles/listing';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';

export type TopicLink = { slug: string; name: string };
export type TopicView = TopicLink & { id: number; description: string };

/** The "hot issue" list: featured topics in editors' order. */
export const getHotTopics = unstable_cache(
  async (): Promise<TopicLink[]> =>
    readDb.topic.findMany({ where: { featured: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } }),
  ['hot-topics'],
  { tags: [tags.navigation], revalidate: 3600 },
);

export function getTopic(slug: string): Promise<TopicView | null> {
  return unstable_cache(
    async () => readDb.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } }),
    ['topic', slug],
    { tags: [tags.navigation, tags.topic(slug)], revalidate: 3600 },
  )();
}

/** A page of the topic's stories, newest first. */
export function getTopicPage(topic: TopicView, page: number): Promise<ListingPage | null> {
  return getListingPage({ kind: 'topic', id: topic.id }, page, [tags.topic(topic.slug)]);
}
