import { db } from '@/lib/db/client';
import { isUniqueViolation } from '../unique-violation';
import { conflictError, notFoundError, slugTakenError } from '../errors';
import { getTopicForEdit } from './queries';
import type { TopicFields, UpdateTopicInput } from './schema';

// Writes to the topic list. Callers have checked the permission.

async function assertSlugFree(slug: string, exceptId?: number) {
  const owner = await db.topic.findUnique({ where: { slug }, select: { id: true } });
  if (owner && owner.id !== exceptId) throw slugTakenError('topic');
}

export async function createTopic(fields: TopicFields) {
  await assertSlugFree(fields.slug);
  try {
    return await db.topic.create({ data: fields });
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError('topic');
    throw error;
  }
}

/** Saves over the version the form was opened at; returns the slugs before and after. */
export async function updateTopic({ id, version, ...fields }: UpdateTopicInput) {
  const before = await db.topic.findUnique({ where: { id }, select: { slug: true } });
  if (!before) throw notFoundError('topic');
  await assertSlugFree(fields.slug, id);
  try {
    const { count } = await db.topic.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw conflictError('topic', (await getTopicForEdit(id)) ?? {});
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError('topic');
    throw error;
  }
  return { previousSlug: before.slug, slug: fields.slug };
}
