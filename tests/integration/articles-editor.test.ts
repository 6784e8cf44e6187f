import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { revalidatePath, updateTag } from 'next/cache';
import { createNewsroomFixture, createStory, editorFields } from '../helpers/article-fixtures';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { signInAsNewUser } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

const { createArticleAction, saveArticleAction, previewMarkdownAction, findPinnableArticlesAction } = await import('@/lib/articles/actions');
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
  vi.mocked(revalidatePath).mockClear();
});

const signInAsRole = (role: 'REPORTER' | 'EDITOR' | 'ADMIN', authorId?: number) => signInAsNewUser(database.db, role, authorId);

async function reporterWithOwnDraft() {
  const author = await database.db.author.create({ data: { slug: uniqueKey('reporter'), name: 'Park Min-ha' } });
  const user = await signInAsRole('REPORTER', author.id);
  const story = await createStory(database.db, fixture, { createdById: user.id, authorId: author.id });
  return { user, author, story };
}

test('a visitor without a session can neither create nor save a story', async () => {
  const story = await createStory(database.db, fixture);
  expect(await createArticleAction(null, { headline: 'Budget passes', sectionId: fixture.section.id })).toMatchObject({ error: 'unauthenticated' });
  expect(await saveArticleAction(null, editorFields(story, fixture.author.id, { headline: 'Hacked' }))).toMatchObject({ error: 'unauthenticated' });
  expect((await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).headline).toBe(story.headline);
});

test('a reporter starts a draft: slug from the headline, their byline, a first revision', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('reporter'), name: 'Lee Hyo-jin' } });
  const user = await signInAsRole('REPORTER', author.id);
  const headline = `Budget passes ${uniqueKey('x')}`;
  await expect(createArticleAction(null, { headline, sectionId: fixture.section.id })).rejects.toMatchObject({ digest: expect.stringContaining('/admin/articles/') });
  const story = await database.db.article.findFirstOrThrow({ where: { headline }, include: { authors: true, revisions: true } });
  expect(story).toMatchObject({ status: 'DRAFT', createdById: user.id, slug: expect.stringMatching(/^budget-passes-x-/) });
  expect(story.authors.map((a) => a.authorId)).toEqual([author.id]);
  expect(story.revisions).toMatchObject([{ version: 1, note: 'Created', userId: user.id }]);
});

test('a new story needs a headline and an existing section', async () => {
  await signInAsRole('REPORTER');
  expect(await createArticleAction(null, { headline: ' ', sectionId: fixture.section.id })).toMatchObject({ error: 'invalid', fieldErrors: { headline: ['Enter a headline.'] } });
  expect(await createArticleAction(null, { headline: 'Budget', sectionId: 999_999 })).toMatchObject({ error: 'invalid', fieldErrors: { sectionId: ['This section no longer exists.'] } });
});

test('a reporter saves their own draft: a new version, a revision, rendered HTML and no public refresh', async () => {
  const { user, author, story } = await reporterWithOwnDraft();
  const result = await saveArticleAction(null, editorFields(story, author.id, { headline: 'Talks resume in Seoul', bodyMarkdown: 'They met at *noon*.', tags: ['Diplomacy', 'diplomacy'] }));
  expect(result).toMatchObject({ ok: true, data: { version: 2, status: 'DRAFT' } });
  const saved = await database.db.article.findUniqueOrThrow({ where: { id: story.id }, include: { revisions: true, tags: { include: { tag: true } } } });
  expect(saved).toMatchObject({ headline: 'Talks resume in Seoul', bodyHtml: '<p>They met at <em>noon</em>.</p>', summary: 'They met at noon.', version: 2 });
  expect(saved.tags.map((t) => t.tag.slug)).toEqual(['diplomacy']);
  expect(saved.revisions).toMatchObject([{ version: 2, note: 'Saved', userId: user.id }]);
  expect(updateTag).not.toHaveBeenCalled();
});

test('invalid fields come back beside their fields and change nothing', async () => {
  const { author, story } = await reporterWithOwnDraft();
  const result = await saveArticleAction(null, editorFields(story, author.id, { headline: '', authors: [], slug: 'Not A Slug', originalUrl: 'ftp://x' }));
  expect(result).toMatchObject({ ok: false, error: 'invalid' });
  const { fieldErrors } = result as { fieldErrors: Record<string, string[]> };
  expect(Object.keys(fieldErrors).sort()).toEqual(['authors', 'headline', 'originalUrl', 'slug']);
  expect(await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ version: 1, headline: story.headline });
});

test('a byline naming a deleted author is a field error, not a crash', async () => {
  const { story } = await reporterWithOwnDraft();
  expect(await saveArticleAction(null, editorFields(story, 987_654))).toMatchObject({ error: 'invalid', fieldErrors: { authors: ['An author on the byline no longer exists.'] } });
});

test("a reporter cannot save someone else's draft, nor their own story once it is published", async () => {
  const other = await createStory(database.db, fixture);
  const { author } = await reporterWithOwnDraft();
  expect(await saveArticleAction(null, editorFields(other, fixture.author.id, { headline: 'Mine now' }))).toMatchObject({ error: 'forbidden' });
  const published = await createStory(database.db, fixture, { status: 'PUBLISHED', authorId: author.id });
  expect(await saveArticleAction(null, editorFields(published, author.id, { headline: 'Quiet fix' }))).toMatchObject({ error: 'forbidden' });
  expect((await database.db.article.findUniqueOrThrow({ where: { id: published.id } })).headline).toBe(published.headline);
});

test('the second of two saves from the same version is a conflict that returns the other version', async () => {
  const story = await createStory(database.db, fixture);
  await signInAsRole('EDITOR');
  expect(await saveArticleAction(null, editorFields(story, fixture.author.id, { headline: 'Theirs' }))).toMatchObject({ ok: true });
  const second = await saveArticleAction(null, editorFields(story, fixture.author.id, { headline: 'Mine', bodyMarkdown: 'My text.' }));
  expect(second).toMatchObject({ ok: false, error: 'conflict', current: { version: 2, fields: { headline: 'Theirs' }, lastSavedBy: 'Test EDITOR' } });
  expect(await database.db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ headline: 'Theirs', version: 2 });
});

test('two saves racing from the same version: exactly one wins', async () => {
  const story = await createStory(database.db, fixture);
  await signInAsRole('EDITOR');
  const results = await Promise.all(['One', 'Two', 'Three'].map((headline) => saveArticleAction(null, editorFields(story, fixture.author.id, { headline }))));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok && r.error === 'conflict')).toHaveLength(2);
  expect(await database.db.revision.count({ where: { articleId: story.id } })).toBe(1);
});

test('editing a published story updates it live, marks it updated and refreshes its pages', async () => {
  const story = await createStory(database.db, fixture, { status: 'PUBLISHED' });
  await signInAsRole('EDITOR');
  const result = await saveArticleAction(null, editorFields(story, fixture.author.id, { topicIds: [fixture.topic.id], bodyMarkdown: 'Updated text.' }));
  expect(result).toMatchObject({ ok: true, data: { modifiedAt: expect.any(String) } });
  const saved = await database.db.article.findUniqueOrThrow({ where: { id: story.id }, include: { authors: true, topics: true } });
  expect(saved.modifiedAt).not.toBeNull();
  expect(saved.authors[0]?.listedAt).toEqual(story.publishedAt);
  expect(saved.topics[0]?.listedAt).toEqual(story.publishedAt);
  const expired = vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
  expect(expired).toEqual(expect.arrayContaining(['articles', 'most-viewed', `section:${fixture.section.slug}`, `section:${fixture.parent.slug}`, `author:${fixture.author.slug}`, `topic:${fixture.topic.slug}`]));
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${story.slug}`);
});

test('a published story given a new topic lists that topic\'s stories among its related stories at once', async () => {
  const story = await createStory(database.db, fixture, { status: 'PUBLISHED', headline: 'Zqxv harbour dredging' });
  const topic = await database.db.topic.create({ data: { slug: uniqueKey('topic'), name: 'Ports' } });
  const elsewhere = await database.db.section.create({ data: { slug: uniqueKey('business'), name: 'Business' } });
  const sameTopic = await database.db.article.create({
    data: {
      slug: uniqueKey('story'), status: 'PUBLISHED', headline: 'Wqyz shipping', bodyMarkdown: 'x', bodyHtml: '<p>x</p>', sectionId: elsewhere.id,
      publishedAt: story.publishedAt, topics: { create: [{ topicId: topic.id, position: 0, listedAt: story.publishedAt }] },
    },
  });
  const relatedIds = async () => (await database.db.relatedArticle.findMany({ where: { articleId: story.id } })).map((r) => r.relatedArticleId);
  expect(await relatedIds()).not.toContain(sameTopic.id);

  await signInAsRole('EDITOR');
  expect(await saveArticleAction(null, editorFields(story, fixture.author.id, { topicIds: [fixture.topic.id, topic.id] }))).toMatchObject({ ok: true });

  expect(await relatedIds()).toContain(sameTopic.id);
});

test('renaming a published story keeps its old address as a redirect, and the old slug is then taken', async () => {
  const story = await createStory(database.db, fixture, { status: 'PUBLISHED' });
  await signInAsRole('EDITOR');
  const newSlug = uniqueKey('renamed');
  expect(await saveArticleAction(null, editorFields(story, fixture.author.id, { topicIds: [fixture.topic.id], slug: newSlug }))).toMatchObject({ ok: true, data: { slug: newSlug } });
  expect(await resolveMissingSlug(story.slug)).toEqual({ kind: 'redirect', path: `/${fixture.section.slug}/${newSlug}` });
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${story.slug}`);
  expect(revalidatePath).toHaveBeenCalledWith(`/${fixture.section.slug}/${newSlug}`);

  const other = await createStory(database.db, fixture);
  expect(await saveArticleAction(null, editorFields(other, fixture.author.id, { slug: story.slug }))).toMatchObject({
    error: 'invalid',
    fieldErrors: { slug: ['Another story used this address before; its old links still point there.'] },
  });
  expect(await saveArticleAction(null, editorFields(other, fixture.author.id, { slug: newSlug }))).toMatchObject({ fieldErrors: { slug: ['Another story already uses this address.'] } });
});

test("a draft's slug changes freely: it was never public, so no redirect is kept", async () => {
  const { author, story } = await reporterWithOwnDraft();
  await saveArticleAction(null, editorFields(story, author.id, { slug: uniqueKey('draft') }));
  expect(await database.db.articleSlugRedirect.count({ where: { articleId: story.id } })).toBe(0);
});

test("one person's autosaves share a revision; a deliberate save starts a new one", async () => {
  const { author, story } = await reporterWithOwnDraft();
  let version = story.version;
  for (const body of ['First.', 'First. Second.', 'First. Second. Third.']) {
    const result = await saveArticleAction(null, editorFields({ ...story, version }, author.id, { bodyMarkdown: body, autosave: true }));
    version = (result as { data: { version: number } }).data.version;
  }
  await saveArticleAction(null, editorFields({ ...story, version }, author.id, { bodyMarkdown: 'Final.' }));
  const revisions = await database.db.revision.findMany({ where: { articleId: story.id }, orderBy: { version: 'asc' } });
  expect(revisions.map((r) => [r.version, r.note])).toEqual([[4, 'Autosaved'], [5, 'Saved']]);
  expect((revisions[0]?.snapshot as { bodyMarkdown: string }).bodyMarkdown).toBe('First. Second. Third.');
});

test('saving without a change writes nothing', async () => {
  const { author, story } = await reporterWithOwnDraft();
  const fields = { topicIds: [fixture.topic.id], headline: 'Same words' };
  expect(await saveArticleAction(null, editorFields(story, author.id, fields))).toMatchObject({ ok: true, data: { version: 2 } });
  expect(await saveArticleAction(null, editorFields({ ...story, version: 2 }, author.id, fields))).toMatchObject({ ok: true, data: { version: 2 } });
  expect(await database.db.revision.count({ where: { articleId: story.id } })).toBe(1);
});

test('the live preview renders through the public pipeline, for signed-in users only', async () => {
  expect(await previewMarkdownAction(null, { bodyMarkdown: '**Hi**' })).toMatchObject({ error: 'unauthenticated' });
  await signInAsRole('REPORTER');
  expect(await previewMarkdownAction(null, { bodyMarkdown: '## Heading\n\n<script>alert(1)</script>\n\n**Hi**' })).toEqual({
    ok: true,
    data: { html: '<h2>Heading</h2>\n<p><strong>Hi</strong></p>' },
  });
});

test('pinning offers only other published stories, to signed-in users', async () => {
  const headline = `Pinnable ${uniqueKey('p')}`;
  const published = await createStory(database.db, fixture, { status: 'PUBLISHED', headline });
  await createStory(database.db, fixture, { headline });
  expect(await findPinnableArticlesAction(null, { query: headline, exceptId: 1 })).toMatchObject({ error: 'unauthenticated' });
  await signInAsRole('REPORTER');
  expect(await findPinnableArticlesAction(null, { query: headline.toLowerCase(), exceptId: 1 })).toEqual({ ok: true, data: [{ id: published.id, headline, status: 'PUBLISHED' }] });
  expect(await findPinnableArticlesAction(null, { query: headline, exceptId: published.id })).toEqual({ ok: true, data: [] });
});
