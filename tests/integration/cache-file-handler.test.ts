import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterAll, beforeAll, expect, test } from 'vitest';
import PageCache from '@/lib/cache/file-handler.mjs';

// The page cache the server uses without Redis (src/lib/cache/file-handler.mjs): Next's own
// file-system cache, on a real folder, storing reader pages without the client runtime.

const runtime = '<script src="/_next/static/chunks/main.js" async=""></script><script>self.__next_f.push([1,"payload"])</script>';
const visible = '<main><h1>Politics</h1><p>“Quotes” and 한겨레</p></main>';

let distDir: string;
beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-page-cache-'));
});
afterAll(async () => {
  await rm(distDir, { recursive: true, force: true });
});

const newCache = () =>
  new PageCache({ fs: nodeFs, serverDistDir: path.join(distDir, 'server'), flushToDisk: true, maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [], _requestHeaders: {} });
const getPage = async (cache: PageCache, key: string) =>
  ((await cache.get(key, { kind: 'APP_PAGE', isRoutePPREnabled: false } as never)) as { value: { html: string } } | null)?.value;

test('a page is written to disk and kept in memory without the runtime; its payload is kept for RSC requests', async () => {
  const cache = newCache();
  const page = { kind: 'APP_PAGE', html: `${visible}${runtime}`, rscData: Buffer.from('rsc payload'), headers: {}, status: 200, postponed: undefined, segmentData: undefined };
  await cache.set('/politics', page as never, { cacheControl: { revalidate: 60, expire: 3600 }, isRoutePPREnabled: false, isFallback: false } as never);

  expect(await readFile(path.join(distDir, 'server', 'app', 'politics.html'), 'utf8')).toBe(visible);
  expect(await readFile(path.join(distDir, 'server', 'app', 'politics.rsc'), 'utf8')).toBe('rsc payload');
  expect((await getPage(cache, '/politics'))?.html).toBe(visible);
});

test('a page the build prerendered is stripped when first read, and kept stripped in memory', async () => {
  const appDir = path.join(distDir, 'server', 'app');
  await mkdir(appDir, { recursive: true });
  await writeFile(path.join(appDir, 'world.html'), `${visible}${runtime}`);
  await writeFile(path.join(appDir, 'world.rsc'), 'rsc payload');
  await writeFile(path.join(appDir, 'world.meta'), JSON.stringify({ status: 200, headers: {} }));
  const cache = newCache();
  const first = await getPage(cache, '/world');
  expect(first?.html).toBe(visible);
  expect(await getPage(cache, '/world')).toBe(first);
});
