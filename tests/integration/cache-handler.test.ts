import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type RedisCacheHandler from '@/lib/cache/handler.mjs';

// The Redis cache handler (src/lib/cache/handler.mjs) as two app instances see it: each import
// after `vi.resetModules()` is a separate instance with its own connections and memory. Uses
// TEST_REDIS_URL or a local Redis, under a random key prefix; skipped when no Redis answers.

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `newsroom-test-${randomBytes(4).toString('hex')}`;
const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
const redisAnswers = await probe.connect().then(() => true, () => false);
if (!redisAnswers) console.warn(`No Redis at ${redisUrl}: the cache handler tests are skipped.`);

async function instance(): Promise<RedisCacheHandler> {
  vi.resetModules();
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_KEY_PREFIX = prefix;
  const { default: Handler } = await import('@/lib/cache/handler.mjs');
  return new Handler({});
}

const page = (tags: string[]) => ({
  kind: 'APP_PAGE',
  html: '<h1>Front page</h1>',
  rscData: Buffer.from('rsc payload'),
  segmentData: new Map([['/_index', Buffer.from('segment')]]),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
});

async function missWithin(handler: RedisCacheHandler, key: string, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if ((await handler.get(key)) === null) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Infinity;
}

afterAll(async () => {
  if (!redisAnswers) return;
  const keys = await probe.keys(`${prefix}:*`);
  if (keys.length) await probe.del(...keys);
  probe.disconnect();
});

describe.skipIf(!redisAnswers)('the Redis cache handler shared by two instances', () => {
  test('a page one instance stored is served by the other, buffers and all', async () => {
    const [a, b] = [await instance(), await instance()];
    await a.set('/front', page(['articles']), { cacheControl: { revalidate: 60, expire: 3600 } });
    const hit = (await b.get('/front')) as { value: ReturnType<typeof page>; cacheControl: unknown } | null;
    expect(hit?.value.html).toBe('<h1>Front page</h1>');
    expect(hit?.value.rscData.toString()).toBe('rsc payload');
    expect(hit?.value.segmentData.get('/_index')?.toString()).toBe('segment');
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
  });

  test('a page is stored without Next\u2019s client runtime', async () => {
    const [a, b] = [await instance(), await instance()];
    const runtime = '<script src="/_next/static/chunks/main.js" async=""></script><script>self.__next_f.push([1,"payload"])</script>';
    await a.set('/section', { ...page(['articles']), html: `<main><h1>Section</h1></main>${runtime}` }, { cacheControl: { revalidate: 60 } });
    const hit = (await b.get('/section')) as { value: ReturnType<typeof page> } | null;
    expect(hit?.value.html).toBe('<main><h1>Section</h1></main>');
    expect(hit?.value.rscData.toString()).toBe('rsc payload');
  });

  test('a tag expired on one instance is a miss on the other within a second', async () => {
    const [a, b] = [await instance(), await instance()];
    await a.set('/section', page(['articles', 'section:politics']));
    expect(await b.get('/section')).not.toBeNull();
    await a.revalidateTag('section:politics');
    expect(await missWithin(b, '/section', 1000)).toBeLessThan(1000);
  });

  test('a tag marked stale (revalidateTag with a profile) is a miss too, and a new render is a hit again', async () => {
    const [a, b] = [await instance(), await instance()];
    await b.set('/topic', page(['topic:elections']));
    await b.get('/topic');
    await a.revalidateTag(['topic:elections'], { expire: 31_536_000 });
    expect(await missWithin(b, '/topic', 1000)).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.set('/topic', page(['topic:elections']));
    expect(await b.get('/topic')).not.toBeNull();
  });

  test('data cache entries are invalidated through the tags their reader names', async () => {
    const [a, b] = [await instance(), await instance()];
    await a.set('data-key', { kind: 'FETCH', data: { body: '[1,2]' }, revalidate: 300 }, { tags: ['most-viewed'] });
    expect(await b.get('data-key', { tags: ['most-viewed'] })).not.toBeNull();
    await b.revalidateTag('most-viewed');
    expect(await b.get('data-key', { tags: ['most-viewed'] })).toBeNull();
    const started = Date.now();
    while ((await a.get('data-key', { tags: ['most-viewed'] })) !== null && Date.now() - started < 1000) await new Promise((r) => setTimeout(r, 10));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
