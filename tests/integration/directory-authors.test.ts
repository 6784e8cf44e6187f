import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { revalidateTag } from 'next/cache';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { adminOnlyRefusals, createTestUser, formData, signInAs } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const { createAuthorAction, updateAuthorAction } = await import('@/lib/directory/authors/actions');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => {
  resetRequest();
  vi.mocked(revalidateTag).mockClear();
});

async function signInAsAdmin() {
  await signInAs(await createTestUser(database.db, 'ADMIN'));
}

const authorForm = (fields: Record<string, string | number | boolean | null> = {}) =>
  formData({ name: 'Hwang Joon-bum', slug: uniqueKey('hwang'), jobTitle: 'Washington correspondent', email: '', bio: '', ...fields });

const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path}`) });

test('only an admin may create an author, and invalid input changes nothing', async () => {
  const count = () => database.db.author.count();
  const before = await count();
  const errors = await adminOnlyRefusals(database.db, createAuthorAction, () => authorForm(), authorForm({ slug: 'Not A Slug' }));
  expect(errors).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await count()).toBe(before);
});

test('an admin creates an author and the author’s public tag is revalidated', async () => {
  await signInAsAdmin();
  const slug = uniqueKey('kim');
  await expect(createAuthorAction(null, authorForm({ slug, isColumnist: true, email: ' Kim@Hani.co.kr ' }))).rejects.toMatchObject(
    redirectTo('/admin/authors?saved='),
  );
  const author = await database.db.author.findUniqueOrThrow({ where: { slug } });
  expect(author).toMatchObject({ name: 'Hwang Joon-bum', isColumnist: true, email: 'kim@hani.co.kr', version: 1 });
  expect(revalidateTag).toHaveBeenCalledWith(`author:${slug}`, 'max');
});

test('invalid fields come back as messages beside each field, with what was typed', async () => {
  await signInAsAdmin();
  const result = await createAuthorAction(null, authorForm({ name: ' ', slug: 'Bad Slug', email: 'nope' }));
  expect(result).toMatchObject({
    ok: false,
    error: 'invalid',
    fieldErrors: { name: ['Enter a name.'], slug: [expect.stringContaining('lowercase')], email: ['Enter an email address.'] },
    values: { slug: 'Bad Slug', email: 'nope' },
  });
});

test('a slug another author has is a field error, not a crash', async () => {
  const taken = await database.db.author.create({ data: { slug: uniqueKey('taken'), name: 'Taken' } });
  await signInAsAdmin();
  expect(await createAuthorAction(null, authorForm({ slug: taken.slug }))).toMatchObject({
    error: 'invalid',
    fieldErrors: { slug: ['Another author already uses this slug.'] },
  });
});

test('an edit saves over the version it was opened at and revalidates the old and new slugs', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('old'), name: 'Old name' } });
  const newSlug = uniqueKey('new');
  const refusals = await adminOnlyRefusals(
    database.db,
    updateAuthorAction,
    () => authorForm({ id: author.id, version: 1, slug: newSlug }),
    authorForm({ id: author.id, version: 1, slug: '' }),
  );
  expect(refusals).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.author.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ slug: author.slug, version: 1 });

  await signInAsAdmin();
  await expect(updateAuthorAction(null, authorForm({ id: author.id, version: 1, slug: newSlug, name: 'New name' }))).rejects.toMatchObject(
    redirectTo('/admin/authors?saved='),
  );
  expect(await database.db.author.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ slug: newSlug, name: 'New name', version: 2 });
  expect(vi.mocked(revalidateTag).mock.calls).toEqual([[`author:${newSlug}`, 'max'], [`author:${author.slug}`, 'max']]);
});

test('saving a stale version is a conflict that shows the current values and keeps the typed ones', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('lock'), name: 'First', version: 3 } });
  await signInAsAdmin();
  const result = await updateAuthorAction(null, authorForm({ id: author.id, version: 2, slug: author.slug, name: 'Mine' }));
  expect(result).toMatchObject({
    ok: false,
    error: 'conflict',
    message: expect.stringContaining('Someone else saved this author'),
    current: { name: 'First', version: 3 },
    values: { name: 'Mine', version: '2' },
  });
  expect(await database.db.author.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ name: 'First', version: 3 });
  expect(revalidateTag).not.toHaveBeenCalled();
});

test('editing an author that was deleted says so', async () => {
  await signInAsAdmin();
  expect(await updateAuthorAction(null, authorForm({ id: 999_999, version: 1 }))).toMatchObject({ error: 'not-found' });
});
