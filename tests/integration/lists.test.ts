import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createArticle, createAuthor, createMedia, createSection, createStories, createTag, createTopic } from '../helpers/reader-fixture';

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

const { findListingPage, LISTING_PAGE_SIZE } = await import('@/lib/articles/listing');
const { getSection, getSectionPage } = await import('@/lib/sections/queries');
const { getPublicTag } = await import('@/lib/tags/queries');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const idsOf = (page: { stories: { id: number }[] } | null | undefined) => page?.stories.map((s) => s.id) ?? [];

test('a parent section pages through its own and its subsections\u2019 published stories, newest first, 20 to a page', async () => {
  const parent = await createSection(database.db);
  const child = await createSection(database.db, parent.id);
  const own = await createStories(database.db, 23, { sectionId: parent.id }, new Date('2024-01-01T00:00:00Z'));
  const childs = await createStories(database.db, 22, { sectionId: child.id }, new Date('2024-01-01T00:00:30Z'));
  await createArticle(database.db, { sectionId: parent.id, status: 'DRAFT' });
  await createArticle(database.db, { sectionId: child.id, status: 'UNPUBLISHED', publishedAt: new Date('2030-01-01') });

  const section = (await getSection(parent.slug))!;
  const pages = await Promise.all([1, 2, 3, 4].map((n) => getSectionPage(section, n)));
  const newestFirst = await database.db.article.findMany({
    where: { id: { in: [...own, ...childs] } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });

  expect(pages.slice(0, 3).map((p) => p?.stories.length)).toEqual([20, 20, 5]);
  expect(pages.slice(0, 3).map((p) => p?.hasNext)).toEqual([true, true, false]);
  expect(pages.slice(0, 3).flatMap(idsOf)).toEqual(newestFirst.map((a) => a.id));
  expect(pages[3]).toBeNull();
});

test('stories published at the same moment keep one order across pages, newest id first', async () => {
  const section = await createSection(database.db);
  const moment = new Date('2023-05-05T05:05:00Z');
  const ids: number[] = [];
  for (let i = 0; i < 25; i++) ids.push((await createArticle(database.db, { sectionId: section.id, publishedAt: moment })).id);
  const listing = { kind: 'sections' as const, sectionIds: [section.id] };
  const seen = [...idsOf(await findListingPage(listing, 1)), ...idsOf(await findListingPage(listing, 2))];
  expect(seen).toEqual([...ids].reverse());
});

test('topic, author and tag pages list only published stories, through their own join rows', async () => {
  const section = await createSection(database.db);
  const [topic, author, tag] = await Promise.all([createTopic(database.db), createAuthor(database.db), createTag(database.db)]);
  const links = { sectionId: section.id, topicIds: [topic.id], authorIds: [author.id], tagIds: [tag.id] };
  const published = await createStories(database.db, 21, links);
  await createArticle(database.db, { ...links, status: 'DRAFT' });
  await createArticle(database.db, { ...links, status: 'UNPUBLISHED', publishedAt: new Date('2030-01-01') });

  for (const listing of [{ kind: 'topic', id: topic.id }, { kind: 'author', id: author.id }, { kind: 'tag', id: tag.id }] as const) {
    const [first, second, third] = await Promise.all([1, 2, 3].map((n) => findListingPage(listing, n)));
    expect([...idsOf(first), ...idsOf(second)]).toEqual(published);
    expect(first?.hasNext).toBe(true);
    expect(second?.hasNext).toBe(false);
    expect(third).toBeNull();
  }
});

test('an empty list has an empty first page and no second page', async () => {
  const topic = await createTopic(database.db);
  expect(await findListingPage({ kind: 'topic', id: topic.id }, 1)).toEqual({ page: 1, stories: [], hasNext: false });
  expect(await findListingPage({ kind: 'topic', id: topic.id }, 2)).toBeNull();
  expect(await findListingPage({ kind: 'latest' }, 0)).toBeNull();
  expect(await findListingPage({ kind: 'latest' }, 5_001)).toBeNull();
});

test('the multimedia list follows a story\u2019s gallery and video as they are added and removed', async () => {
  const section = await createSection(database.db);
  const photo = await createMedia(database.db);
  const story = await createArticle(database.db, { sectionId: section.id, publishedAt: new Date('2031-01-01') });
  const inMultimedia = async () => idsOf(await findListingPage({ kind: 'multimedia' }, 1)).includes(story.id);

  expect(await inMultimedia()).toBe(false);
  await database.db.articleMedia.create({ data: { articleId: story.id, mediaId: photo.id } });
  expect(await inMultimedia()).toBe(true);
  const [card] = (await findListingPage({ kind: 'multimedia' }, 1))!.stories;
  expect(card).toMatchObject({ id: story.id, galleryPhotos: 1, video: false });
  await database.db.articleMedia.deleteMany({ where: { articleId: story.id } });
  expect(await inMultimedia()).toBe(false);
  await database.db.article.update({ where: { id: story.id }, data: { videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } });
  expect(await inMultimedia()).toBe(true);
  await database.db.article.update({ where: { id: story.id }, data: { videoUrl: null } });
  expect(await inMultimedia()).toBe(false);
});

test('a column\u2019s card names its columnist with photo; other stories carry no columnist', async () => {
  const section = await createSection(database.db);
  const photo = await createMedia(database.db);
  const columnist = await createAuthor(database.db, { name: 'Park Columnist', isColumnist: true, photo: { connect: { id: photo.id } } });
  const column = await createArticle(database.db, { sectionId: section.id, kind: 'COLUMN', authorIds: [columnist.id] });
  const news = await createArticle(database.db, { sectionId: section.id, authorIds: [columnist.id], publishedAt: new Date(Date.now() - 60_000) });
  const page = await findListingPage({ kind: 'sections', sectionIds: [section.id] }, 1);
  expect(page?.stories.map((s) => [s.id, s.columnist?.name ?? null, s.columnist?.photo?.id ?? null])).toEqual([
    [column.id, 'Park Columnist', photo.id],
    [news.id, null, null],
  ]);
});

test('a tag only drafts carry does not exist for readers', async () => {
  const section = await createSection(database.db);
  const [secret, open] = await Promise.all([createTag(database.db), createTag(database.db)]);
  await createArticle(database.db, { sectionId: section.id, status: 'DRAFT', tagIds: [secret.id] });
  await createArticle(database.db, { sectionId: section.id, tagIds: [open.id] });
  expect(await getPublicTag(secret.slug)).toBeNull();
  expect(await getPublicTag(open.slug)).toMatchObject({ id: open.id });
});

test('the front page leads with the editors\u2019 lead, then their top stories by rank, then the newest, never twice', async () => {
  const section = await createSection(database.db);
  const old = new Date('2001-01-01T00:00:00Z');
  const lead = await createArticle(database.db, { sectionId: section.id, publishedAt: old, frontPagePlacement: 'LEAD' });
  const second = await createArticle(database.db, { sectionId: section.id, publishedAt: old, frontPagePlacement: 'TOP', frontPageRank: 2 });
  const first = await createArticle(database.db, { sectionId: section.id, publishedAt: old, frontPagePlacement: 'TOP', frontPageRank: 1 });
  const { getFrontPage } = await import('@/lib/articles/front-page');

  const front = await getFrontPage();
  expect(front.lead?.id).toBe(lead.id);
  expect(front.top.slice(0, 2).map((s) => s.id)).toEqual([first.id, second.id]);
  expect(front.top).toHaveLength(4);
  const shown = [front.lead!, ...front.top, ...front.sections.flatMap((b) => b.stories), ...front.opinion, ...front.multimedia].map((s) => s.id);
  expect(new Set(shown).size).toBe(shown.length);
});

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Heap Fetches'?: number; 'Actual Rows': number; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

test('a deep page is found in the list\u2019s index alone: no table rows read, no sort, whatever the depth', async () => {
  const { listingIdsSql } = await import('@/lib/articles/listing');
  const { Prisma } = await import('@/generated/prisma/client');
  const parent = await createSection(database.db);
  const child = await createSection(database.db, parent.id);
  await database.db.$executeRaw`
    INSERT INTO "Article" (slug, status, headline, "sectionId", "publishedAt", "updatedAt")
    SELECT ${parent.slug} || '-' || g, 'PUBLISHED', 'Deep ' || g, CASE WHEN g % 3 = 0 THEN ${child.id}::int ELSE ${parent.id}::int END,
      timestamp '2015-01-01' + g * interval '1 minute', now()
    FROM generate_series(1, 3000) g`;
  await database.db.$executeRawUnsafe('VACUUM ANALYZE "Article"');

  const listing = { kind: 'sections' as const, sectionIds: [parent.id, child.id] };
  for (const page of [1, 100, 151]) {
    const skip = (page - 1) * LISTING_PAGE_SIZE;
    const [row] = await database.db.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${listingIdsSql(listing, skip, LISTING_PAGE_SIZE + 1)}`,
    );
    const [explained] = row!['QUERY PLAN'];
    const plan = nodes(explained.Plan);
    const scans = plan.filter((n) => n['Relation Name'] === 'Article');
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.every((n) => n['Node Type'] === 'Index Only Scan' && n['Heap Fetches'] === 0)).toBe(true);
    expect(plan.map((n) => n['Node Type'])).not.toContain('Sort');
    expect(explained.Plan['Actual Rows']).toBe(page === 151 ? 0 : LISTING_PAGE_SIZE + 1);
  }
  const deep = await findListingPage(listing, 100);
  expect(deep?.stories.map((s) => s.headline)).toEqual(Array.from({ length: 20 }, (_, i) => `Deep ${3000 - 1980 - i}`));
});
