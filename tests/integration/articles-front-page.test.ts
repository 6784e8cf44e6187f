import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { updateTag } from 'next/cache';
import { createNewsroomFixture, createStory, editorFields } from '../helpers/article-fixtures';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { createTestUser, signInAs, signInAsNewUser } from '../helpers/newsroom-users';

// Front-page placement from the article editor: editors set it, everyone else's values are
// ignored, and it travels with revisions like any other field.

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

const { saveArticleAction, restoreRevisionAction } = await import('@/lib/articles/actions');
const { compareRevisions } = await import('@/lib/articles/compare-revisions');
const { getFrontPage } = await import('@/lib/articles/front-page');
const { findFrontPageLead } = await import('@/lib/articles/admin-queries');

let database: TestDatabase;
let fixture: Awaited<ReturnType<typeof createNewsroomFixture>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await createNewsroomFixture(database.db);
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => {
  resetRequest();
  vi.mocked(updateTag).mockClear();
});

const signInAsRole = (role: 'REPORTER' | 'EDITOR' | 'ADMIN', authorId?: number) => signInAsNewUser(database.db, role, authorId);

const placementOf = async (id: number) =>
  database.db.article.findUniqueOrThrow({ where: { id }, select: { frontPagePlacement: true, frontPageRank: true, version: true, modifiedAt: true } });

/** A story published later than any other in this file, so the front page's tie-break favours it. */
let clock = Date.parse('2030-01-01T00:00:00Z');
const publishedStory = () => createStory(database.db, fixture, { status: 'PUBLISHED', publishedAt: new Date((clock += 60_000)) });

test('an editor places a published story as the lead and another in the top stories: stored, on the front page, and the front page refreshed', async () => {
  const lead = await publishedStory();
  const top = await publishedStory();
  await signInAsRole('EDITOR');
  expect(await saveArticleAction(null, editorFields(lead, fixture.author.id, { frontPagePlacement: 'LEAD', frontPageRank: 0 }))).toMatchObject({ ok: true, data: { version: 2 } });
  expect(updateTag).toHaveBeenCalledWith('articles');
  expect(await saveArticleAction(null, editorFields(top, fixture.author.id, { frontPagePlacement: 'TOP', frontPageRank: 3 }))).toMatchObject({ ok: true });

  expect(await placementOf(lead.id)).toMatchObject({ frontPagePlacement: 'LEAD', frontPageRank: 0, version: 2 });
  expect(await placementOf(top.id)).toMatchObject({ frontPagePlacement: 'TOP', frontPageRank: 3 });
  const front = await getFrontPage();
  expect(front.lead?.id).toBe(lead.id);
  expect(front.top.map((story) => story.id)).toContain(top.id);
  expect(await findFrontPageLead()).toMatchObject({ id: lead.id, frontPageRank: 0 });
});

test('moving a story on the front page does not mark it updated for readers', async () => {
  const story = await publishedStory();
  await signInAsRole('EDITOR');
  await saveArticleAction(null, editorFields(story, fixture.author.id, { bodyMarkdown: 'The first text.' }));
  const { modifiedAt } = await placementOf(story.id);
  await saveArticleAction(null, editorFields({ ...story, version: 2 }, fixture.author.id, { bodyMarkdown: 'The first text.', frontPagePlacement: 'TOP', frontPageRank: 1 }));
  expect(await placementOf(story.id)).toMatchObject({ frontPagePlacement: 'TOP', version: 3, modifiedAt });
  await saveArticleAction(null, editorFields({ ...story, version: 3 }, fixture.author.id, { bodyMarkdown: 'A new text.', frontPagePlacement: 'TOP', frontPageRank: 1 }));
  expect((await placementOf(story.id)).modifiedAt).not.toEqual(modifiedAt);
});

test('a second lead moves no other story: the front page leads with the lower rank, and of equal ranks the newer story', async () => {
  await signInAsRole('EDITOR');
  const first = await publishedStory();
  await saveArticleAction(null, editorFields(first, fixture.author.id, { frontPagePlacement: 'LEAD', frontPageRank: 0 }));
  const second = await publishedStory();
  await saveArticleAction(null, editorFields(second, fixture.author.id, { frontPagePlacement: 'LEAD', frontPageRank: 5 }));
  expect(await placementOf(first.id)).toMatchObject({ frontPagePlacement: 'LEAD', frontPageRank: 0, version: 2 });
  expect((await getFrontPage()).lead?.id).toBe(first.id);

  await saveArticleAction(null, editorFields({ ...second, version: 2 }, fixture.author.id, { frontPagePlacement: 'LEAD', frontPageRank: 0 }));
  expect((await getFrontPage()).lead?.id).toBe(second.id);
});

test('a reporter’s save keeps the placement the desk set, whatever the reporter sends', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('reporter'), name: 'Park Min-ha' } });
  const reporter = await createTestUser(database.db, 'REPORTER', { authorId: author.id });
  const story = await createStory(database.db, fixture, { createdById: reporter.id, authorId: author.id });
  await signInAs(reporter);

  expect(await saveArticleAction(null, editorFields(story, author.id, { frontPagePlacement: 'LEAD', frontPageRank: 0 }))).toMatchObject({ ok: true, data: { version: 2 } });
  expect(await placementOf(story.id)).toMatchObject({ frontPagePlacement: 'NONE', frontPageRank: 0, version: 2 });
  expect(await saveArticleAction(null, editorFields({ ...story, version: 2 }, author.id, { frontPagePlacement: 'TOP', frontPageRank: 7 }))).toMatchObject({ ok: true, data: { version: 2 } });

  await signInAsRole('EDITOR');
  await saveArticleAction(null, editorFields({ ...story, version: 2 }, author.id, { frontPagePlacement: 'TOP', frontPageRank: 2 }));
  await signInAs(reporter);
  const result = await saveArticleAction(null, editorFields({ ...story, version: 3 }, author.id, { headline: 'Sharper headline', frontPagePlacement: 'NONE', frontPageRank: 9 }));
  expect(result).toMatchObject({ ok: true, data: { version: 4 } });
  expect(await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ headline: 'Sharper headline', frontPagePlacement: 'TOP', frontPageRank: 2 });
});

test('a rank outside 0-99 or not a whole number is an error beside the field and changes nothing', async () => {
  const story = await publishedStory();
  await signInAsRole('EDITOR');
  for (const frontPageRank of [100, -1, 1.5, Number.NaN, null]) {
    const result = await saveArticleAction(null, editorFields(story, fixture.author.id, { frontPagePlacement: 'TOP', frontPageRank, headline: 'Not saved' }));
    expect(result, String(frontPageRank)).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { frontPageRank: ['Enter a whole number from 0 to 99.'] } });
  }
  expect(await saveArticleAction(null, editorFields(story, fixture.author.id, { frontPagePlacement: 'MIDDLE' }))).toMatchObject({ fieldErrors: { frontPagePlacement: [expect.any(String)] } });
  expect(await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ version: 1, headline: story.headline, frontPagePlacement: 'NONE', frontPageRank: 0 });
  expect(updateTag).not.toHaveBeenCalled();
});

test('a revision records the placement, comparing shows it changed, and an editor’s restore brings it back', async () => {
  const story = await publishedStory();
  await signInAsRole('EDITOR');
  await saveArticleAction(null, editorFields(story, fixture.author.id, { frontPagePlacement: 'LEAD', frontPageRank: 2 }));
  await saveArticleAction(null, editorFields({ ...story, version: 2 }, fixture.author.id, { frontPagePlacement: 'NONE', frontPageRank: 0 }));
  const [placed, removed] = await database.db.revision.findMany({ where: { articleId: story.id }, orderBy: { version: 'asc' } });
  expect(placed?.snapshot).toMatchObject({ frontPagePlacement: 'LEAD', frontPageRank: 2 });

  const comparison = await compareRevisions(story.id, placed!.id, removed!.id);
  expect(comparison?.fields).toEqual([
    { field: 'frontPagePlacement', label: 'Front page', before: 'Lead story', after: 'Not placed' },
    { field: 'frontPageRank', label: 'Front-page rank', before: '2', after: '0' },
  ]);

  expect(await restoreRevisionAction(null, { id: story.id, version: 3, revisionId: placed!.id })).toMatchObject({ ok: true, data: { version: 4 } });
  expect(await placementOf(story.id)).toMatchObject({ frontPagePlacement: 'LEAD', frontPageRank: 2 });
  expect(updateTag).toHaveBeenCalledWith('articles');
});

test('a reporter’s restore brings back the words but not the placement', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('reporter'), name: 'Lee Hyo-jin' } });
  const reporter = await createTestUser(database.db, 'REPORTER', { authorId: author.id });
  const story = await createStory(database.db, fixture, { createdById: reporter.id, authorId: author.id });
  await signInAsRole('EDITOR');
  await saveArticleAction(null, editorFields(story, author.id, { headline: 'First headline', frontPagePlacement: 'TOP', frontPageRank: 4 }));
  await saveArticleAction(null, editorFields({ ...story, version: 2 }, author.id, { headline: 'Second headline', frontPagePlacement: 'LEAD', frontPageRank: 1 }));
  const first = await database.db.revision.findFirstOrThrow({ where: { articleId: story.id, version: 2 } });

  await signInAs(reporter);
  expect(await restoreRevisionAction(null, { id: story.id, version: 3, revisionId: first.id })).toMatchObject({ ok: true });
  expect(await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ headline: 'First headline', frontPagePlacement: 'LEAD', frontPageRank: 1 });
});

test('without a session nobody places a story, by saving or by restoring', async () => {
  const story = await publishedStory();
  expect(await saveArticleAction(null, editorFields(story, fixture.author.id, { frontPagePlacement: 'LEAD', frontPageRank: 0 }))).toMatchObject({ ok: false, error: 'unauthenticated' });
  expect(await restoreRevisionAction(null, { id: story.id, version: 1, revisionId: 1 })).toMatchObject({ ok: false, error: 'unauthenticated' });
  expect(await placementOf(story.id)).toMatchObject({ frontPagePlacement: 'NONE', version: 1 });
});
