import { db } from '@/lib/db/client';
import { fieldError } from '@/lib/auth/action-error';
import { isUniqueViolation } from '../unique-violation';
import { conflictError, notFoundError, slugTakenError } from '../errors';
import { getSectionForEdit } from './queries';
import type { SectionFields, UpdateSectionInput } from './schema';

// Writes to the section tree. Callers have checked the permission.

async function assertSlugFree(slug: string, exceptId?: number) {
  const owner = await db.section.findUnique({ where: { slug }, select: { id: true } });
  if (owner && owner.id !== exceptId) throw slugTakenError('section');
}

/** The parent must exist and must not be the section itself or one of its descendants. */
async function assertParentAllowed(parentId: number | null, sectionId?: number) {
  let cursor = parentId;
  const seen = new Set<number>();
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === sectionId) throw fieldError('parentId', 'A section cannot sit inside itself or one of its subsections.');
    seen.add(cursor);
    const parent = await db.section.findUnique({ where: { id: cursor }, select: { parentId: true } });
    if (!parent) throw fieldError('parentId', 'This parent section no longer exists.');
    cursor = parent.parentId;
  }
}

async function parentSlug(parentId: number | null) {
  if (parentId === null) return null;
  return (await db.section.findUnique({ where: { id: parentId }, select: { slug: true } }))?.slug ?? null;
}

export async function createSection(fields: SectionFields) {
  await assertSlugFree(fields.slug);
  await assertParentAllowed(fields.parentId);
  try {
    const section = await db.section.create({ data: fields });
    return { section, affectedSlugs: [section.slug, await parentSlug(section.parentId)].filter((s) => s !== null) };
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError('section');
    throw error;
  }
}

/** Saves over the version the form was opened at; returns every section slug whose page changed. */
export async function updateSection({ id, version, ...fields }: UpdateSectionInput) {
  const before = await db.section.findUnique({ where: { id }, select: { slug: true, parentId: true } });
  if (!before) throw notFoundError('section');
  await assertSlugFree(fields.slug, id);
  await assertParentAllowed(fields.parentId, id);
  try {
    const { count } = await db.section.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw conflictError('section', (await getSectionForEdit(id)) ?? {});
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError('section');
    throw error;
  }
  const slugs = [before.slug, fields.slug, await parentSlug(before.parentId), await parentSlug(fields.parentId)];
  return { affectedSlugs: [...new Set(slugs.filter((s) => s !== null))] };
}
