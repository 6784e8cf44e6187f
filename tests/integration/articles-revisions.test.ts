import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createNewsroomFixture, createStory, editorFields } from '../helpers/article-fixtures';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { createTestUser, signInAs } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

const { saveArticleAction, restoreRevisionAction } = await import('@/lib/articles/actions');
const { compareRevisions } = await import('@/lib/articles/compare-revisions');

let database: TestDatabase;
let fixture: Awaited<ReturnType<typeof createNewsroomFixture>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await createNewsroomFixture(database.db);
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => resetRequest());

/** A draft saved twice by an editor: version 2 holds the first text, version 3 the second. */
async function storyWithTwoSaves() {
  const story = await createStory(database.db, fixture);
  await signInAs(await createTestUser(database.db, 'EDITOR'));
  const tag = uniqueKey('Tag');
  await saveArticleAction(null, editorFields(story, fixture.author.id, { bodyMarkdown: 'The talks resumed on Monday.', topicIds: [fixture.topic.id] }));
  await saveArticleAction(null, editorFields({ ...story, version: 2 }, fixture.author.id, { bodyMarkdown: 'The talks collapsed on Monday.', headline: 'Talks collapse', tags: [tag] }));
  const revisions = await database.db.revision.findMany({ where: { articleId: story.id }, orderBy: { version: 'asc' } });
  return { story, tag, revisions };
}

test('two revisions compare as changed fields, by name, and a word-level diff of the body', async () => {
  const { story, tag, revisions } = await storyWithTwoSaves();
  const comparison = await compareRevisions(story.id, revisions[0]!.id, revisions[1]!.id);
  expect(comparison?.fields).toEqual([
    { field: 'headline', label: 'Headline', before: story.headline, after: 'Talks collapse' },
    { field: 'summary', label: 'Summary', before: 'The talks resumed on Monday.', after: 'The talks collapsed on Monday.' },
    { field: 'topicIds', label: 'Topics', before: 'Nuclear talks', after: '' },
    { field: 'tags', label: 'Tags', before: '', after: tag },
  ]);
  expect(comparison?.body.filter((part) => part.removed).map((part) => part.value)).toEqual(['resumed']);
  expect(comparison?.body.filter((part) => part.added).map((part) => part.value)).toEqual(['collapsed']);
});

test('restoring a revision saves its content as a new version and keeps the one it replaced', async () => {
  const { story, revisions } = await storyWithTwoSaves();
  const result = await restoreRevisionAction(null, { id: story.id, version: 3, revisionId: revisions[0]!.id });
  expect(result).toMatchObject({ ok: true, data: { version: 4 } });
  const restored = await database.db.article.findUniqueOrThrow({ where: { id: story.id }, include: { topics: true, tags: true, revisions: { orderBy: { version: 'asc' } } } });
  expect(restored).toMatchObject({ bodyMarkdown: 'The talks resumed on Monday.', headline: story.headline, topics: [{ topicId: fixture.topic.id }], tags: [] });
  expect(restored.revisions.map((r) => [r.version, r.note])).toEqual([[2, 'Saved'], [3, 'Saved'], [4, 'Restored version 2']]);
});

test('restoring from a stale version is a conflict; a reporter cannot restore someone else’s story; a visitor nothing', async () => {
  const { story, revisions } = await storyWithTwoSaves();
  expect(await restoreRevisionAction(null, { id: story.id, version: 2, revisionId: revisions[0]!.id })).toMatchObject({ error: 'conflict' });
  resetRequest();
  expect(await restoreRevisionAction(null, { id: story.id, version: 3, revisionId: revisions[0]!.id })).toMatchObject({ error: 'unauthenticated' });
  await signInAs(await createTestUser(database.db, 'REPORTER'));
  expect(await restoreRevisionAction(null, { id: story.id, version: 3, revisionId: revisions[0]!.id })).toMatchObject({ error: 'forbidden' });
  expect((await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).version).toBe(3);
});

test('a revision of another story cannot be restored into this one', async () => {
  const { revisions } = await storyWithTwoSaves();
  const other = await createStory(database.db, fixture);
  expect(await restoreRevisionAction(null, { id: other.id, version: 1, revisionId: revisions[0]!.id })).toMatchObject({ error: 'not-found' });
});
