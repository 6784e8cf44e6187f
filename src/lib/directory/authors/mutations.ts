import { db } from '@/lib/db/client';
import { isUniqueViolation } from '../unique-violation';
import { conflictError, notFoundError, slugTakenError } from '../errors';
import { getAuthorForEdit } from './queries';
import type { AuthorFields, UpdateAuthorInput } from './schema';

// Writes to the author directory. Callers have checked the permission.

async function assertSlugFree(slug: string, exceptId?: number) {
  const owner = await db.author.findUnique({ where: { slug }, select: { id: true } });
  if (owner && owner.id !== exceptId) throw slugTakenError('author');
}

export async function createAuthor(fields: AuthorFields) {
  await assertSlugFree(fields.slug);
  try {
    return await db.author.create({ data: fields });
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError('author');
    throw error;
  }
}

/** Saves over the version the form was opened at; returns the slugs before and after. */
export async function updateAuthor({ id, version, ...fields }: UpdateAuthorInput) {
  const before = await db.author.findUnique({ where: { id }, select: { slug: true } });
  if (!before) throw notFoundError('author');
  await assertSlugFree(fields.slug, id);
  try {
    const { count } = await db.author.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw conflictError('author', (await getAuthorForEdit(id)) ?? {});
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError('author');
    throw error;
  }
  return { previousSlug: before.slug, slug: fields.slug };
}
