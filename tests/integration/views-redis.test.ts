import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeViewCounts } from '@/lib/views/mutations';
import { createRedisViewBuffer } from '@/lib/views/redis-buffer';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createArticle, createSection } from '../helpers/reader-fixture';

// The shared Redis buffer (REDIS_URL). Uses TEST_REDIS_URL or a local Redis; every key this file
// writes starts with a random prefix. Skipped, with a note, when no Redis answers.

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `newsroom-test-${randomBytes(4).toString('hex')}`;
const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
const redisAnswers = await probe.connect().then(() => true, () => false);
if (!redisAnswers) console.warn(`No Redis at ${redisUrl}: the Redis view buffer tests are skipped.`);

let database: TestDatabase;
let sectionId: number;
const connections: Redis[] = [];

function connect() {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  connections.push(redis);
  return redis;
}

beforeAll(async () => {
  if (!redisAnswers) return;
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_KEY_PREFIX = prefix;
  database = await createTestDatabase();
  sectionId = (await createSection(database.db)).id;
});

afterAll(async () => {
  if (redisAnswers) {
    const keys = await probe.keys(`${prefix}*`);
    if (keys.length) await probe.del(...keys);
    await database?.drop();
  }
  await Promise.all(connections.map((c) => c.quit()));
  probe.disconnect();
});

async function viewsOf(articleId: number) {
  const buckets = await database.db.articleViewBucket.findMany({ where: { articleId } });
  return buckets.reduce((sum, b) => sum + b.views, 0);
}

const story = () => createArticle(database.db, { sectionId });

describe.skipIf(!redisAnswers)('the Redis view buffer', () => {
  test('500 concurrent page loads through the beacon and a flush lose no view', async () => {
    const { flushViews } = await import('@/lib/views/flusher');
    const { startFrontDoor } = await import('../helpers/front-door');
    const frontDoor = await startFrontDoor();
    const [first, second] = await Promise.all([story(), story()]);
    const load = (id: number) =>
      fetch(`${frontDoor.url}/api/views/${id}`, { headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' } });

    await Promise.all(Array.from({ length: 500 }, (_, i) => load(i % 4 === 0 ? second.id : first.id)));
    await frontDoor.close();
    expect(await probe.hlen(`${prefix}:views:pending`)).toBe(2);
    expect(await flushViews()).toBe(500);

    expect(await viewsOf(first.id)).toBe(375);
    expect(await viewsOf(second.id)).toBe(125);
    expect(await probe.exists(`${prefix}:views:pending`)).toBe(0);
  });

  test('two app instances count into one buffer, and only one of them flushes at a time', async () => {
    const ownPrefix = `${prefix}:shared:`;
    const [one, two] = [createRedisViewBuffer(connect(), ownPrefix), createRedisViewBuffer(connect(), ownPrefix)];
    const article = await story();
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? one : two).add(article.id, 480_000)));

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowFlush = one.drain(async (counts) => {
      await held;
      await writeViewCounts(counts);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await two.add(article.id, 480_000);
    const meanwhile = await two.drain(writeViewCounts);
    release();

    expect(meanwhile).toBe(0);
    expect(await slowFlush).toBe(60);
    expect(await two.drain(writeViewCounts)).toBe(1);
    expect(await viewsOf(article.id)).toBe(61);
  });

  test('views whose write fails go back into Redis for the next flush', async () => {
    const buffer = createRedisViewBuffer(connect(), `${prefix}:failing:`);
    const article = await story();
    await buffer.add(article.id, 480_000);
    await buffer.add(article.id, 480_000);

    await expect(buffer.drain(async () => { throw new Error('database down'); })).rejects.toThrow('database down');
    await buffer.add(article.id, 480_000);
    await buffer.drain(writeViewCounts);

    expect(await viewsOf(article.id)).toBe(3);
  });

  test('once the hash holds its limit of stories, views of new ones are dropped and known ones still count', async () => {
    const buffer = createRedisViewBuffer(connect(), `${prefix}:capped:`, 2);
    for (const id of [1, 2, 3, 1]) await buffer.add(id, 480_000);
    let written = new Map<string, number>();

    await buffer.drain(async (counts) => { written = counts; });

    expect(written).toEqual(new Map([['1:480000', 2], ['2:480000', 1]]));
  });
});
