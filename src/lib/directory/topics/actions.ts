'use server';

import { revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/auth/action';
import { tags } from '@/lib/cache/tags';
import { awaitReplicas } from '@/lib/db/client';
import { directoryPaths, savedPath } from '../paths';
import { createTopic, updateTopic } from './mutations';
import { createTopicSchema, updateTopicSchema } from './schema';

// Featured topics are part of the site's navigation ("hot issues").
async function revalidateTopics(...slugs: string[]) {
  await awaitReplicas();
  for (const slug of new Set(slugs)) revalidateTag(tags.topic(slug), 'max');
  revalidateTag(tags.navigation, 'max');
}

export const createTopicAction = authedAction(
  { schema: createTopicSchema, permission: 'directory:manage' },
  async (input) => {
    const topic = await createTopic(input);
    await revalidateTopics(topic.slug);
    redirect(savedPath(directoryPaths.topics(), topic.name));
  },
);

export const updateTopicAction = authedAction(
  { schema: updateTopicSchema, permission: 'directory:manage' },
  async (input) => {
    const { previousSlug, slug } = await updateTopic(input);
    await revalidateTopics(slug, previousSlug);
    redirect(savedPath(directoryPaths.topics(), input.name));
  },
);
