import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { revalidateTag } from 'next/cache';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { adminOnlyRefusals, createTestUser, formData, signInAs } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const { createTopicAction, updateTopicAction } = await import('@/lib/directory/topics/actions');

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

const topicForm = (fields: Record<string, string | number | boolean | null> = {}) =>
  formData({ name: 'Korean Peninsula', slug: uniqueKey('peninsula'), description: '', position: 1, ...fields });

test('only an admin may create a topic, and invalid input changes nothing', async () => {
  const before = await database.db.topic.count();
  const errors = await adminOnlyRefusals(database.db, createTopicAction, () => topicForm(), topicForm({ name: '' }));
  expect(errors).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.topic.count()).toBe(before);
});

test('an admin creates a featured topic and its tag is revalidated', async () => {
  await signInAsAdmin();
  const slug = uniqueKey('summit');
  await expect(createTopicAction(null, topicForm({ slug, featured: true }))).rejects.toMatchObject({
    digest: expect.stringContaining('/admin/topics?saved='),
  });
  expect(await database.db.topic.findUniqueOrThrow({ where: { slug } })).toMatchObject({ featured: true, position: 1 });
  expect(revalidateTag).toHaveBeenCalledWith(`topic:${slug}`, 'max');
  expect(revalidateTag).toHaveBeenCalledWith('navigation', 'max');
});

test('a taken slug is a field error', async () => {
  const taken = await database.db.topic.create({ data: { slug: uniqueKey('t'), name: 'Taken' } });
  await signInAsAdmin();
  expect(await createTopicAction(null, topicForm({ slug: taken.slug }))).toMatchObject({
    fieldErrors: { slug: ['Another topic already uses this slug.'] },
  });
});

test('only an admin may edit a topic; unticking "featured" saves false', async () => {
  const topic = await database.db.topic.create({ data: { slug: uniqueKey('t'), name: 'Topic', featured: true } });
  const refusals = await adminOnlyRefusals(
    database.db,
    updateTopicAction,
    () => topicForm({ id: topic.id, version: 1, slug: topic.slug }),
    topicForm({ id: topic.id, version: 'one', slug: topic.slug }),
  );
  expect(refusals).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ featured: true, version: 1 });
  await signInAsAdmin();
  await expect(updateTopicAction(null, topicForm({ id: topic.id, version: 1, slug: topic.slug, name: 'Renamed' }))).rejects.toThrow();
  expect(await database.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ name: 'Renamed', featured: false, version: 2 });
  expect(revalidateTag).toHaveBeenCalledWith(`topic:${topic.slug}`, 'max');
});

test('saving a stale version is a conflict with the current values', async () => {
  const topic = await database.db.topic.create({ data: { slug: uniqueKey('t'), name: 'Theirs', version: 2 } });
  await signInAsAdmin();
  expect(await updateTopicAction(null, topicForm({ id: topic.id, version: 1, slug: topic.slug, name: 'Mine' }))).toMatchObject({
    error: 'conflict',
    current: { name: 'Theirs', version: 2 },
    values: { name: 'Mine' },
  });
  expect(await database.db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ name: 'Theirs', version: 2 });
});
