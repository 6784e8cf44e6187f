import { unstable_cache } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';

export type TopicLink = { slug: string; name: string };

/** The "hot issue" list: featured topics in editors' order. */
export const getHotTopics = unstable_cache(
  async (): Promise<TopicLink[]> =>
    db.topic.findMany({ where: { featured: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } }),
  ['hot-topics'],
  { tags: [tags.navigation], revalidate: 3600 },
);
