import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { getRelatedArticles } from '@/lib/articles/queries';
import { refreshAllRelatedArticles, refreshRelatedArticles } from '@/lib/related/refresh-related';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createArticle, createSection, createTag, createTopic } from '../helpers/reader-fixture';

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const day = 86_400_000;
const publishedAt = new Date('2024-06-01T03:00:00Z');
const daysBefore = (days: number) => new Date(publishedAt.getTime() - days * day);
/** A headline of one made-up word, so stories share no words unless a test says so. */
const noWords = () => `zq${randomBytes(6).toString('hex').replace(/[0-9]/g, 'x')}`;

async function computedRows(articleId: number) {
  return database.db.relatedArticle.findMany({
    where: { articleId },
    orderBy: [{ pinned: 'desc' }, { position: 'asc' }],
    select: { relatedArticleId: true, pinned: true, position: true },
  });
}

/** A story and its neighbourhood: two sections, a topic, two tags. */
async function newsDesk() {
  const [section, otherSection, topic, tagA, tagB] = await Promise.all([
    createSection(database.db), createSection(database.db), createTopic(database.db), createTag(database.db), createTag(database.db),
  ]);
  const story = (input: Partial<Parameters<typeof createArticle>[1]> = {}) =>
    createArticle(database.db, { sectionId: section.id, headline: noWords(), publishedAt, ...input });
  return { section, otherSection, topic, tagA, tagB, story };
}

test('related stories rank by shared topics, tags and section, and nearer in time first', async () => {
  const desk = await newsDesk();
  const source = await desk.story({ topicIds: [desk.topic.id], tagIds: [desk.tagA.id, desk.tagB.id] });
  const sameEverything = await desk.story({ topicIds: [desk.topic.id], tagIds: [desk.tagA.id, desk.tagB.id], publishedAt: daysBefore(2) });
  const otherSectionSameTopic = await desk.story({ sectionId: desk.otherSection.id, topicIds: [desk.topic.id], tagIds: [desk.tagA.id], publishedAt: daysBefore(1) });
  const sameTag = await desk.story({ tagIds: [desk.tagB.id], publishedAt: daysBefore(3) });
  const sameEverythingTwoYearsOld = await desk.story({ topicIds: [desk.topic.id], tagIds: [desk.tagA.id, desk.tagB.id], publishedAt: daysBefore(730) });
  const sameSectionOnly = await desk.story({ publishedAt: daysBefore(1) });
  const unrelated = await desk.story({ sectionId: desk.otherSection.id, publishedAt: daysBefore(1) });

  await refreshRelatedArticles(source.id);

  const rows = await computedRows(source.id);
  expect(rows.map((r) => r.relatedArticleId)).toEqual([
    sameEverything.id, otherSectionSameTopic.id, sameTag.id, sameEverythingTwoYearsOld.id, sameSectionOnly.id,
  ]);
  expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
  expect(rows.map((r) => r.relatedArticleId)).not.toContain(unrelated.id);
});

test('a story that shares words with this one ranks above one that does not', async () => {
  const desk = await newsDesk();
  const source = await desk.story({ headline: 'Pyongyang rejects Washington offer of nuclear talks' });
  const wordy = await desk.story({ headline: 'Washington renews nuclear talks offer to Pyongyang', publishedAt: daysBefore(5) });
  const plain = await desk.story({ headline: 'Flood warnings issued across Gangwon Province', publishedAt: daysBefore(5) });

  await refreshRelatedArticles(source.id);

  expect((await computedRows(source.id)).map((r) => r.relatedArticleId)).toEqual([wordy.id, plain.id]);
});

test('never the story itself, a draft, an unpublished story or more than eight', async () => {
  const desk = await newsDesk();
  const source = await desk.story({ topicIds: [desk.topic.id] });
  const draft = await desk.story({ topicIds: [desk.topic.id], status: 'DRAFT' });
  const unpublished = await desk.story({ topicIds: [desk.topic.id], status: 'UNPUBLISHED', publishedAt: daysBefore(1) });
  for (let i = 1; i <= 10; i += 1) await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(i) });

  await refreshRelatedArticles(source.id);

  const ids = (await computedRows(source.id)).map((r) => r.relatedArticleId);
  expect(ids).toHaveLength(8);
  expect(ids).not.toContain(source.id);
  expect(ids).not.toContain(draft.id);
  expect(ids).not.toContain(unpublished.id);
});

test("an editor's pins stay first and untouched, and computed stories follow without repeating them", async () => {
  const desk = await newsDesk();
  const source = await desk.story({ topicIds: [desk.topic.id] });
  const pinned = await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(1) });
  const farAway = await desk.story({ sectionId: desk.otherSection.id, publishedAt: daysBefore(900) });
  const next = await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(2) });
  await database.db.relatedArticle.createMany({
    data: [
      { articleId: source.id, relatedArticleId: farAway.id, pinned: true, position: 0 },
      { articleId: source.id, relatedArticleId: pinned.id, pinned: true, position: 1 },
    ],
  });

  await refreshRelatedArticles(source.id);

  expect(await computedRows(source.id)).toEqual([
    { relatedArticleId: farAway.id, pinned: true, position: 0 },
    { relatedArticleId: pinned.id, pinned: true, position: 1 },
    { relatedArticleId: next.id, pinned: false, position: 2 },
  ]);
});

test('a refresh replaces computed stories that no longer qualify', async () => {
  const desk = await newsDesk();
  const source = await desk.story({ topicIds: [desk.topic.id] });
  const withdrawn = await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(1) });
  await refreshRelatedArticles(source.id);
  expect((await computedRows(source.id)).map((r) => r.relatedArticleId)).toEqual([withdrawn.id]);

  await database.db.article.update({ where: { id: withdrawn.id }, data: { status: 'UNPUBLISHED' } });
  await database.db.articleTopic.updateMany({ where: { articleId: withdrawn.id }, data: { listedAt: null } });
  const replacement = await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(3) });
  await refreshRelatedArticles(source.id);

  expect((await computedRows(source.id)).map((r) => r.relatedArticleId)).toEqual([replacement.id]);
});

test('refreshing twice leaves the rows exactly as they were', async () => {
  const desk = await newsDesk();
  const source = await desk.story({ topicIds: [desk.topic.id], tagIds: [desk.tagA.id] });
  await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(4) });
  await desk.story({ tagIds: [desk.tagA.id], publishedAt: daysBefore(9) });
  await refreshRelatedArticles(source.id);
  const first = await database.db.relatedArticle.findMany({ where: { articleId: source.id }, orderBy: { position: 'asc' } });

  await refreshAllRelatedArticles();

  expect(await database.db.relatedArticle.findMany({ where: { articleId: source.id }, orderBy: { position: 'asc' } })).toEqual(first);
});

test('the reader sees pins, then computed stories, computed on first read when a story has none', async () => {
  const desk = await newsDesk();
  const source = await desk.story({ topicIds: [desk.topic.id] });
  const pinned = await desk.story({ sectionId: desk.otherSection.id, publishedAt: daysBefore(40) });
  const related = await desk.story({ topicIds: [desk.topic.id], publishedAt: daysBefore(1) });
  await database.db.relatedArticle.create({ data: { articleId: source.id, relatedArticleId: pinned.id, pinned: true, position: 0 } });

  const cards = await getRelatedArticles(source.id, desk.section.slug);

  expect(cards.map((c) => c.id)).toEqual([pinned.id, related.id]);
  expect(await computedRows(source.id)).toHaveLength(2);
});
