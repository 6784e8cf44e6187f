import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { flushViews } from '@/lib/views/flusher';
import { hourOf } from '@/lib/views/view-counts';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startFrontDoor, type FrontDoor } from '../helpers/front-door';
import { createArticle, createSection } from '../helpers/reader-fixture';

// The beacon with the in-memory buffer (no REDIS_URL): the server's front door -> buffer -> flush -> buckets.
delete process.env.REDIS_URL;

let database: TestDatabase;
let frontDoor: FrontDoor;
let sectionId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  frontDoor = await startFrontDoor();
  sectionId = (await createSection(database.db)).id;
});

beforeEach(async () => {
  delete process.env.TRUST_PROXY;
  await flushViews();
});

afterAll(async () => {
  await frontDoor?.close();
  await database?.drop();
});

const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function loadBeacon(id: number | string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') {
  return fetch(`${frontDoor.url}/api/views/${encodeURIComponent(id)}`, {
    method,
    headers: { 'User-Agent': chrome, 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Dest': 'image', ...headers },
  });
}

async function viewsOf(articleId: number) {
  const buckets = await database.db.articleViewBucket.findMany({ where: { articleId } });
  return buckets.reduce((sum, b) => sum + b.views, 0);
}

const story = (status: 'PUBLISHED' | 'DRAFT' | 'UNPUBLISHED' = 'PUBLISHED') => createArticle(database.db, { sectionId, status });

test('each beacon request is one view, written to the hour it happened in at the next flush', async () => {
  const article = await story();
  const before = Date.now();

  const response = await loadBeacon(article.id);
  await loadBeacon(article.id);
  await loadBeacon(article.id);
  expect(await viewsOf(article.id)).toBe(0);
  expect(await flushViews()).toBe(3);

  const buckets = await database.db.articleViewBucket.findMany({ where: { articleId: article.id } });
  expect(buckets).toHaveLength(1);
  expect(buckets[0]!.views).toBe(3);
  expect(hourOf(buckets[0]!.hour.getTime())).toBeGreaterThanOrEqual(hourOf(before));
  expect(hourOf(buckets[0]!.hour.getTime())).toBeLessThanOrEqual(hourOf(Date.now()));
  expect(buckets[0]!.hour.getTime() % 3_600_000).toBe(0);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('image/gif');
  expect(response.headers.get('Cache-Control')).toContain('no-store');
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
});

test('a later flush adds to the hour already written', async () => {
  const article = await story();
  await loadBeacon(article.id);
  await flushViews();
  await loadBeacon(article.id);
  await loadBeacon(article.id);
  await flushViews();

  expect(await database.db.articleViewBucket.count({ where: { articleId: article.id } })).toBe(1);
  expect(await viewsOf(article.id)).toBe(3);
});

test('crawlers, prefetches, newsroom members, previews, other sites and HEAD requests are answered but not counted', async () => {
  const article = await story();
  const responses = await Promise.all([
    loadBeacon(article.id, { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
    loadBeacon(article.id, { 'User-Agent': 'Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)' }),
    loadBeacon(article.id, { 'Sec-Purpose': 'prefetch;prerender' }),
    loadBeacon(article.id, { Purpose: 'prefetch' }),
    loadBeacon(article.id, { 'Next-Router-Prefetch': '1' }),
    loadBeacon(article.id, { Cookie: 'newsroom_session=any-token' }),
    loadBeacon(article.id, { Cookie: '__prerender_bypass=any' }),
    loadBeacon(article.id, { 'Sec-Fetch-Site': 'cross-site' }),
    loadBeacon(article.id, {}, 'HEAD'),
  ]);
  await loadBeacon(article.id);
  await flushViews();

  expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
  expect(await viewsOf(article.id)).toBe(1);
});

test('views of drafts, unpublished stories and ids that do not exist are never written', async () => {
  const [draft, unpublished, live] = await Promise.all([story('DRAFT'), story('UNPUBLISHED'), story()]);
  for (const id of [draft.id, unpublished.id, 2_000_000_000, live.id]) await loadBeacon(id);

  await flushViews();

  expect(await viewsOf(draft.id)).toBe(0);
  expect(await viewsOf(unpublished.id)).toBe(0);
  expect(await database.db.articleViewBucket.count({ where: { articleId: 2_000_000_000 } })).toBe(0);
  expect(await viewsOf(live.id)).toBe(1);
});

test('an id that is not a positive 32-bit integer is left to Next.js (404) and counts nothing', async () => {
  const responses = await Promise.all(['abc', '0', '-1', '1e3', '12.5', ' 12', '99999999999', '2147483648'].map((id) => loadBeacon(id)));

  expect(responses.map((r) => r.status)).toEqual(responses.map(() => 404));
  expect(await Promise.all(responses.map((r) => r.text()))).toEqual(responses.map(() => 'next'));
  expect(await flushViews()).toBe(0);
});

test('500 concurrent page loads and a flush lose no view', async () => {
  const [first, second] = await Promise.all([story(), story()]);

  const responses = await Promise.all(Array.from({ length: 500 }, (_, i) => loadBeacon(i % 5 === 0 ? second.id : first.id)));
  await flushViews();

  expect(responses.every((r) => r.status === 200)).toBe(true);
  expect(await viewsOf(first.id)).toBe(400);
  expect(await viewsOf(second.id)).toBe(100);
});

test('views arriving while a flush is writing wait for the next flush', async () => {
  const article = await story();
  await loadBeacon(article.id);
  const flushing = flushViews();
  await Promise.all(Array.from({ length: 20 }, () => loadBeacon(article.id)));
  await flushing;
  await flushViews();

  expect(await viewsOf(article.id)).toBe(21);
});

test('behind a trusted proxy, one address cannot add more than its hourly share of views to a story', async () => {
  process.env.TRUST_PROXY = '1';
  const article = await story();
  const from = (address: string) => ({ 'X-Forwarded-For': address });

  await Promise.all(Array.from({ length: 30 }, () => loadBeacon(article.id, from('198.51.100.7'))));
  await loadBeacon(article.id, from('198.51.100.8'));
  await flushViews();

  expect(await viewsOf(article.id)).toBe(21);
});
