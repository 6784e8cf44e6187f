import { db } from '@/lib/db/client';

// The directory's reads of topics, for the newsroom's own pages.

export function listTopics() {
  return db.topic.findMany({
    orderBy: [{ featured: 'desc' }, { position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, featured: true, position: true },
  });
}

export function getTopicForEdit(id: number) {
  return db.topic.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, description: true, featured: true, position: true, version: true },
  });
}

export type TopicForEdit = NonNullable<Awaited<ReturnType<typeof getTopicForEdit>>>;
