import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { revalidateTag } from 'next/cache';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { adminOnlyRefusals, createTestUser, formData, signInAs } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const { createSectionAction, updateSectionAction } = await import('@/lib/directory/sections/actions');
const { isUniqueViolation } = await import('@/lib/directory/unique-violation');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(async () => {
  resetRequest();
  vi.mocked(revalidateTag).mockClear();
});

async function signInAsAdmin() {
  await signInAs(await createTestUser(database.db, 'ADMIN'));
}

const sectionForm = (fields: Record<string, string | number | null> = {}) =>
  formData({ name: 'Politics', slug: uniqueKey('politics'), description: '', parentId: '', position: 0, ...fields });
const newSection = (data: { parentId?: number; version?: number } = {}) =>
  database.db.section.create({ data: { slug: uniqueKey('s'), name: 'Section', ...data } });
const revalidated = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag).sort();

test('only an admin may create a section, and invalid input changes nothing', async () => {
  const before = await database.db.section.count();
  const errors = await adminOnlyRefusals(database.db, createSectionAction, () => sectionForm(), sectionForm({ position: 'first' }));
  expect(errors).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.section.count()).toBe(before);
});

test('an admin creates a subsection; it and its parent are revalidated', async () => {
  const parent = await newSection();
  await signInAsAdmin();
  const slug = uniqueKey('north-korea');
  await expect(createSectionAction(null, sectionForm({ slug, parentId: parent.id, position: 3 }))).rejects.toMatchObject({
    digest: expect.stringContaining('/admin/sections?saved='),
  });
  expect(await database.db.section.findUniqueOrThrow({ where: { slug } })).toMatchObject({ parentId: parent.id, position: 3 });
  expect(revalidated()).toEqual(['navigation', `section:${parent.slug}`, `section:${slug}`].sort());
});

test('a section may not take a slug the site uses for its own pages', async () => {
  await signInAsAdmin();
  for (const slug of ['admin', 'search', 'topic', 'author']) {
    expect(await createSectionAction(null, sectionForm({ slug }))).toMatchObject({
      error: 'invalid',
      fieldErrors: { slug: [expect.stringContaining('reserved')] },
    });
  }
});

test('a taken slug and a missing parent are field errors', async () => {
  const taken = await newSection();
  await signInAsAdmin();
  expect(await createSectionAction(null, sectionForm({ slug: taken.slug }))).toMatchObject({
    fieldErrors: { slug: ['Another section already uses this slug.'] },
  });
  expect(await createSectionAction(null, sectionForm({ parentId: 999_999 }))).toMatchObject({
    fieldErrors: { parentId: ['This parent section no longer exists.'] },
  });
});

test('a section cannot be moved inside itself or its own subsection', async () => {
  const top = await newSection();
  const child = await newSection({ parentId: top.id });
  await signInAsAdmin();
  for (const parentId of [top.id, child.id]) {
    expect(await updateSectionAction(null, sectionForm({ id: top.id, version: 1, slug: top.slug, parentId }))).toMatchObject({
      fieldErrors: { parentId: [expect.stringContaining('cannot sit inside itself')] },
    });
  }
  expect(await database.db.section.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({ parentId: null, version: 1 });
});

test('only an admin may edit a section; a rename revalidates old and new slugs and both parents', async () => {
  const [oldParent, newParent] = [await newSection(), await newSection()];
  const section = await newSection({ parentId: oldParent.id });
  const slug = uniqueKey('renamed');
  const refusals = await adminOnlyRefusals(
    database.db,
    updateSectionAction,
    () => sectionForm({ id: section.id, version: 1, slug }),
    sectionForm({ id: section.id, version: 1, slug: 'api' }),
  );
  expect(refusals).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  await signInAsAdmin();
  await expect(updateSectionAction(null, sectionForm({ id: section.id, version: 1, slug, parentId: newParent.id }))).rejects.toThrow();
  expect(await database.db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ slug, parentId: newParent.id, version: 2 });
  expect(revalidated()).toEqual(['navigation', ...[section.slug, slug, oldParent.slug, newParent.slug].map((s) => `section:${s}`)].sort());
});

test('saving a stale version is a conflict with the current values', async () => {
  const section = await newSection({ version: 5 });
  await signInAsAdmin();
  const result = await updateSectionAction(null, sectionForm({ id: section.id, version: 4, slug: section.slug, name: 'Mine' }));
  expect(result).toMatchObject({ error: 'conflict', current: { name: 'Section', version: 5 }, values: { name: 'Mine' } });
  expect(await database.db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ name: 'Section', version: 5 });
});

test('a unique violation from the database is recognised by its field', async () => {
  const section = await newSection();
  const error = await database.db.section.create({ data: { slug: section.slug, name: 'Twin' } }).catch((e: unknown) => e);
  expect(isUniqueViolation(error, 'slug')).toBe(true);
  expect(isUniqueViolation(error, 'email')).toBe(false);
});
