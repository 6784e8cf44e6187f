import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { findMostViewed, getMostViewed } from '@/lib/views/queries';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createArticle, createSection } from '../helpers/reader-fixture';

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const hour = 3_600_000;
/** 12:30 UTC on a fixed day: the current hour's bucket is 12:00. */
const now = Date.UTC(2024, 5, 10, 12, 30);
const hoursAgo = (hours: number) => new Date(Date.UTC(2024, 5, 10, 12) - hours * hour);

async function viewed(sectionId: number, buckets: [hoursAgo: number, views: number][], status: 'PUBLISHED' | 'UNPUBLISHED' = 'PUBLISHED') {
  const article = await createArticle(database.db, { sectionId, status });
  await database.db.articleViewBucket.createMany({ data: buckets.map(([ago, views]) => ({ articleId: article.id, hour: hoursAgo(ago), views })) });
  return article.id;
}

test('the day is the current hour and the 23 before it; the week the current hour and the 167 before it', async () => {
  const { id: sectionId, slug } = await createSection(database.db);
  const thisHour = await viewed(sectionId, [[0, 50]]);
  const lastInDay = await viewed(sectionId, [[23, 40]]);
  const justBeforeDay = await viewed(sectionId, [[24, 30]]);
  const lastInWeek = await viewed(sectionId, [[167, 20]]);
  const justBeforeWeek = await viewed(sectionId, [[168, 10]]);
  const nextHour = await viewed(sectionId, [[-1, 5]]);

  const day = await findMostViewed({ window: 'day', section: slug }, now);
  const week = await findMostViewed({ window: 'week', section: slug }, now);

  expect(day.map((s) => s.id)).toEqual([thisHour, lastInDay]);
  expect(week.map((s) => s.id)).toEqual([thisHour, lastInDay, justBeforeDay, lastInWeek]);
  expect(week.map((s) => s.id)).not.toContain(justBeforeWeek);
  expect(week.map((s) => s.id)).not.toContain(nextHour);
});

test("a story's views are summed over the window's hours", async () => {
  const { id: sectionId, slug } = await createSection(database.db);
  const steady = await viewed(sectionId, [[1, 30], [2, 30], [3, 30]]);
  const spike = await viewed(sectionId, [[1, 80]]);
  const oldSpike = await viewed(sectionId, [[1, 10], [30, 500]]);

  expect((await findMostViewed({ section: slug }, now)).map((s) => s.id)).toEqual([steady, spike, oldSpike]);
  expect((await findMostViewed({ window: 'week', section: slug }, now)).map((s) => s.id)).toEqual([oldSpike, steady, spike]);
});

test("a section's list includes its child sections' stories and no other section's", async () => {
  const parent = await createSection(database.db);
  const child = await createSection(database.db, parent.id);
  const other = await createSection(database.db);
  const inParent = await viewed(parent.id, [[1, 5]]);
  const inChild = await viewed(child.id, [[1, 9]]);
  const elsewhere = await viewed(other.id, [[1, 100]]);

  expect((await findMostViewed({ section: parent.slug }, now)).map((s) => s.id)).toEqual([inChild, inParent]);
  expect((await findMostViewed({ section: child.slug }, now)).map((s) => s.id)).toEqual([inChild]);
  expect((await findMostViewed({}, now)).map((s) => s.id)).toContain(elsewhere);
});

test('a story withdrawn after it was read drops out of the lists', async () => {
  const { id: sectionId, slug } = await createSection(database.db);
  const withdrawn = await viewed(sectionId, [[1, 1000]], 'UNPUBLISHED');
  const live = await viewed(sectionId, [[1, 1]]);

  expect((await findMostViewed({ section: slug }, now)).map((s) => s.id)).toEqual([live]);
  expect((await findMostViewed({}, now)).map((s) => s.id)).not.toContain(withdrawn);
});

test('the site-wide list is as long as asked, most read first, as headline links', async () => {
  const { id: sectionId } = await createSection(database.db);
  const ids = [];
  for (let views = 10_000; views < 10_015; views += 1) ids.push(await viewed(sectionId, [[2, views]]));

  const list = await findMostViewed({ take: 10 }, now);

  expect(list.map((s) => s.id)).toEqual(ids.reverse().slice(0, 10));
  expect(Object.keys(list[0]!).sort()).toEqual(['headline', 'id', 'section', 'slug']);
  expect(list[0]).toMatchObject({ headline: expect.any(String), section: { slug: expect.any(String) } });
});

test('getMostViewed reads the last 24 hours by default', async () => {
  const { id: sectionId, slug } = await createSection(database.db);
  const current = await createArticle(database.db, { sectionId });
  await database.db.articleViewBucket.create({ data: { articleId: current.id, hour: new Date(Math.floor(Date.now() / hour) * hour), views: 3 } });

  expect((await getMostViewed({ section: slug })).map((s) => s.id)).toEqual([current.id]);
  expect((await getMostViewed()).map((s) => s.id)).toContain(current.id);
});
