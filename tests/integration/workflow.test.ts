import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { createNewsroomFixture, createStory } from '../helpers/article-fixtures';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { signInAsNewUser } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

const actions = await import('@/lib/articles/actions');
const { publishDueArticles } = await import('@/lib/scheduler/publish-due');
const { isGoneSlug } = await import('@/lib/articles/gone');
const { resolveMissingSlug } = await import('@/lib/articles/queries');

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
  vi.mocked(revalidateTag).mockClear();
  vi.mocked(revalidatePath).mockClear();
});

const signInAsRole = (role: 'REPORTER' | 'EDITOR' | 'ADMIN', authorId?: number) => signInAsNewUser(database.db, role, authorId);
const articleOf = (id: number) => database.db.article.findUniqueOrThrow({ where: { id }, include: { authors: true, topics: true, revisions: { orderBy: { version: 'desc' } } } });
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

test('every workflow step refuses a visitor without a session', async () => {
  const story = await createStory(database.db, fixture);
  const ref = { id: story.id, version: 1 };
  for (const action of [actions.submitArticleAction, actions.publishArticleAction, actions.unpublishArticleAction, actions.returnToDraftAction]) {
    expect(await action(null, ref)).toMatchObject({ error: 'unauthenticated' });
  }
  expect(await actions.scheduleArticleAction(null, { ...ref, scheduledAt: minutesFromNow(60).toISOString() })).toMatchObject({ error: 'unauthenticated' });
  expect((await articleOf(story.id)).status).toBe('DRAFT');
});

test('a reporter submits their draft for review but can neither publish, schedule nor unpublish', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('reporter'), name: 'Reporter' } });
  await signInAsRole('REPORTER', author.id);
  const story = await createStory(database.db, fixture, { authorId: author.id });
  expect(await actions.submitArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ ok: true, data: { version: 2, status: 'IN_REVIEW', scheduledAt: null, publishedAt: null } });
  expect(await actions.publishArticleAction(null, { id: story.id, version: 2 })).toMatchObject({ error: 'forbidden' });
  expect(await actions.scheduleArticleAction(null, { id: story.id, version: 2, scheduledAt: minutesFromNow(60).toISOString() })).toMatchObject({ error: 'forbidden' });
  const published = await createStory(database.db, fixture, { status: 'PUBLISHED', authorId: author.id });
  expect(await actions.unpublishArticleAction(null, { id: published.id, version: 1 })).toMatchObject({ error: 'forbidden' });
  expect(await articleOf(story.id)).toMatchObject({ status: 'IN_REVIEW', revisions: [{ note: 'Submitted for review' }] });
});

test("a reporter cannot submit someone else's draft", async () => {
  await signInAsRole('REPORTER');
  const story = await createStory(database.db, fixture);
  expect(await actions.submitArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ error: 'forbidden' });
});

test('an editor publishes: publish time, listed bylines and topics, a revision, every list refreshed', async () => {
  await signInAsRole('EDITOR');
  const story = await createStory(database.db, fixture, { status: 'IN_REVIEW' });
  expect(await actions.publishArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ ok: true, data: { version: 2, status: 'PUBLISHED', publishedAt: expect.any(String) } });
  const published = await articleOf(story.id);
  expect(published.publishedAt).toBeInstanceOf(Date);
  expect(published.authors[0]?.listedAt).toEqual(published.publishedAt);
  expect(published.topics[0]?.listedAt).toEqual(published.publishedAt);
  expect(published.revisions[0]).toMatchObject({ version: 2, note: 'Published' });
  const expired = vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
  expect(expired).toEqual(expect.arrayContaining(['articles', 'most-viewed', `section:${fixture.section.slug}`, `topic:${fixture.topic.slug}`, `author:${fixture.author.slug}`]));
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${story.slug}`);
});

test('a step from a stale version is a conflict and changes nothing', async () => {
  await signInAsRole('EDITOR');
  const story = await createStory(database.db, fixture);
  await database.db.article.update({ where: { id: story.id }, data: { version: 5 } });
  expect(await actions.publishArticleAction(null, { id: story.id, version: 4 })).toMatchObject({ error: 'conflict', current: { version: 5 } });
  expect((await articleOf(story.id)).status).toBe('DRAFT');
});

test('a story without a byline or without a body cannot go out', async () => {
  await signInAsRole('EDITOR');
  const story = await createStory(database.db, fixture);
  await database.db.articleAuthor.deleteMany({ where: { articleId: story.id } });
  expect(await actions.publishArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ error: 'invalid', fieldErrors: { authors: ['Add at least one byline.'] } });
  const empty = await createStory(database.db, fixture, { bodyMarkdown: '  ' });
  expect(await actions.publishArticleAction(null, { id: empty.id, version: 1 })).toMatchObject({ error: 'invalid', fieldErrors: { bodyMarkdown: ['The body is empty.'] } });
});

test('scheduling needs a future time; a scheduled story is not listed', async () => {
  await signInAsRole('EDITOR');
  const story = await createStory(database.db, fixture);
  expect(await actions.scheduleArticleAction(null, { id: story.id, version: 1, scheduledAt: minutesFromNow(-5).toISOString() })).toMatchObject({
    error: 'invalid',
    fieldErrors: { scheduledAt: ['Choose a time in the future.'] },
  });
  expect(await actions.scheduleArticleAction(null, { id: story.id, version: 1, scheduledAt: 'tomorrow-ish' })).toMatchObject({ error: 'invalid' });
  const at = minutesFromNow(30);
  expect(await actions.scheduleArticleAction(null, { id: story.id, version: 1, scheduledAt: at.toISOString() })).toMatchObject({ ok: true, data: { status: 'SCHEDULED' } });
  expect(await articleOf(story.id)).toMatchObject({ status: 'SCHEDULED', scheduledAt: at, publishedAt: null, authors: [{ listedAt: null }] });
});

test('the scheduler publishes due stories at their time, once, even when two instances run at once', async () => {
  const due = await createStory(database.db, fixture, { status: 'SCHEDULED' });
  const later = await createStory(database.db, fixture, { status: 'SCHEDULED' });
  const at = new Date(Date.now() - 10_000);
  await database.db.article.update({ where: { id: due.id }, data: { scheduledAt: at } });
  await database.db.article.update({ where: { id: later.id }, data: { scheduledAt: minutesFromNow(60) } });
  const [first, second] = await Promise.all([publishDueArticles(), publishDueArticles()]);
  const publishedIds = [...first.published, ...second.published].map((p) => p.after.id);
  expect(publishedIds.filter((id) => id === due.id)).toHaveLength(1);
  expect(publishedIds).not.toContain(later.id);
  expect(await articleOf(due.id)).toMatchObject({ status: 'PUBLISHED', publishedAt: at, scheduledAt: null, revisions: [{ note: 'Published as scheduled', userId: null }] });
  expect((await articleOf(due.id)).authors[0]?.listedAt).toEqual(at);
  expect((await publishDueArticles()).published.map((p) => p.after.id)).not.toContain(due.id);
  expect((await articleOf(later.id)).status).toBe('SCHEDULED');
});

test('a story whose time passed while the site was down is published at once, with the time readers first see it', async () => {
  const story = await createStory(database.db, fixture, { status: 'SCHEDULED' });
  await database.db.article.update({ where: { id: story.id }, data: { scheduledAt: new Date(Date.now() - 3 * 3_600_000) } });
  const now = new Date();
  await publishDueArticles(now);
  expect(await articleOf(story.id)).toMatchObject({ status: 'PUBLISHED', publishedAt: now });
});

test('a due story that lost its byline goes back to draft instead of blocking the queue', async () => {
  const story = await createStory(database.db, fixture, { status: 'SCHEDULED' });
  await database.db.article.update({ where: { id: story.id }, data: { scheduledAt: new Date(Date.now() - 1000) } });
  await database.db.articleAuthor.deleteMany({ where: { articleId: story.id } });
  const outcome = await publishDueArticles();
  expect(outcome.returnedToDraft).toEqual([{ id: story.id, reason: 'Add at least one byline before this story goes out.' }]);
  expect(await articleOf(story.id)).toMatchObject({ status: 'DRAFT', revisions: [{ note: expect.stringContaining('Not published as scheduled') }] });
});

test('unpublishing takes the story off every list and its address is gone; republishing brings it back', async () => {
  await signInAsRole('EDITOR');
  const story = await createStory(database.db, fixture, { status: 'PUBLISHED' });
  expect(await isGoneSlug(story.slug)).toBe(false);
  expect(await actions.unpublishArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ ok: true, data: { status: 'UNPUBLISHED' } });
  const unpublished = await articleOf(story.id);
  expect(unpublished).toMatchObject({ unpublishedAt: expect.any(Date), authors: [{ listedAt: null }], topics: [{ listedAt: null }] });
  expect(await resolveMissingSlug(story.slug)).toEqual({ kind: 'gone' });
  expect(await isGoneSlug(story.slug)).toBe(true);
  expect(vi.mocked(updateTag).mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining(['articles', 'most-viewed']));
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${story.slug}`);

  expect(await actions.publishArticleAction(null, { id: story.id, version: 2 })).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });
  const republished = await articleOf(story.id);
  expect(republished.publishedAt).toEqual(story.publishedAt);
  expect(republished.authors[0]?.listedAt).toEqual(story.publishedAt);
  expect(await isGoneSlug(story.slug)).toBe(false);
});

test('an editor appends a dated correction to a published story; reporters and drafts cannot have one', async () => {
  const published = await createStory(database.db, fixture, { status: 'PUBLISHED' });
  const draft = await createStory(database.db, fixture);
  await signInAsRole('REPORTER');
  expect(await actions.addCorrectionAction(null, { id: published.id, text: 'Wrong date.' })).toMatchObject({ error: 'forbidden' });
  resetRequest();
  await signInAsRole('EDITOR');
  expect(await actions.addCorrectionAction(null, { id: published.id, text: '  ' })).toMatchObject({ error: 'invalid', fieldErrors: { text: ['Write the correction.'] } });
  expect(await actions.addCorrectionAction(null, { id: draft.id, text: 'Wrong date.' })).toMatchObject({ error: 'invalid' });
  expect(await actions.addCorrectionAction(null, { id: published.id, text: 'An earlier version misstated the date.' })).toMatchObject({ ok: true });
  const corrected = await database.db.article.findUniqueOrThrow({ where: { id: published.id }, include: { corrections: true } });
  expect(corrected.corrections).toMatchObject([{ text: 'An earlier version misstated the date.', createdAt: expect.any(Date) }]);
  expect(corrected.modifiedAt).not.toBeNull();
  expect(updateTag).toHaveBeenCalledWith('articles');
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${published.slug}`);
});

test('the scheduler route publishes due stories and expires their pages at once, for its own process only', async () => {
  const { POST } = await import('@/app/admin/articles/publish-due/route');
  const { startScheduler, schedulerRequestHeaders } = await import('@/lib/scheduler/trigger');
  const story = await createStory(database.db, fixture, { status: 'SCHEDULED' });
  await database.db.article.update({ where: { id: story.id }, data: { scheduledAt: new Date(Date.now() - 1000) } });
  const post = (headers: Record<string, string>) => POST(new Request('http://localhost/admin/articles/publish-due', { method: 'POST', headers }));

  expect((await post({})).status).toBe(403);
  expect((await post({ 'x-newsroom-scheduler': 'guessed' })).status).toBe(403);
  expect((await articleOf(story.id)).status).toBe('SCHEDULED');

  vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout'] });
  startScheduler();
  vi.useRealTimers();
  const response = await post(schedulerRequestHeaders());
  expect(await response.json()).toMatchObject({ published: expect.arrayContaining([story.id]) });
  expect((await articleOf(story.id)).status).toBe('PUBLISHED');
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${story.slug}`);
  expect(revalidateTag).toHaveBeenCalledWith('articles', { expire: 0 });
});

test('an editor takes a scheduled story back to draft; a reporter cannot, even on their own story', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('reporter'), name: 'Reporter' } });
  const story = await createStory(database.db, fixture, { status: 'SCHEDULED', authorId: author.id });
  await signInAsRole('REPORTER', author.id);
  expect(await actions.returnToDraftAction(null, { id: story.id, version: 1 })).toMatchObject({ error: 'forbidden' });
  resetRequest();
  await signInAsRole('EDITOR');
  expect(await actions.returnToDraftAction(null, { id: story.id, version: 1 })).toMatchObject({ ok: true, data: { status: 'DRAFT', scheduledAt: null } });
  expect(await actions.returnToDraftAction(null, { id: story.id, version: 2 })).toMatchObject({ error: 'invalid', message: 'A story that is draft cannot be moved that way.' });
});
