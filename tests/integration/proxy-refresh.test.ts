import { execFileSync } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { proxyNginx, type RunningNginx } from '../../scripts/bench/nginx';
import { freePort } from '../../scripts/bench/proc';
import { createNewsroomFixture, createStory } from '../helpers/article-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { signInAsNewUser } from '../helpers/newsroom-users';

// After a publish the app asks the front proxy's refresh listener for every page the story is
// on, and the listener (deploy/nginx.conf) replaces the copies readers are served. Both halves
// run for real here: the app's action against a listening server, and the shipped nginx config.

const afterTasks: Promise<unknown>[] = [];
vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  after: (task: () => Promise<unknown>) => afterTasks.push(task()),
}));

const actions = await import('@/lib/articles/actions');
const { proxyRefreshOrigins, refreshProxiedPages } = await import('@/lib/cache/proxy-refresh');
const { siteUrl } = await import('@/lib/urls');

type Seen = { path: string; host: string | undefined };

/** An HTTP server on a free port; `answer` decides each response. */
async function listen(answer: (path: string, headers: IncomingHttpHeaders) => { body: string; headers?: Record<string, string> }) {
  const server: Server = createServer((req, res) => {
    const { body, headers } = answer(req.url ?? '/', req.headers);
    res.writeHead(200, { 'content-type': 'text/html', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(resolve)) };
}

function get(port: number, pagePath: string, headers: Record<string, string> = {}) {
  return new Promise<{ body: string; cache: string | undefined }>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: pagePath, headers: { host: 'news.example', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ body, cache: res.headers['x-cache-status'] as string | undefined }));
    }).on('error', reject).end();
  });
}

test('PROXY_REFRESH_URL is a comma-separated list of http(s) addresses, and anything else is refused by name', () => {
  expect(proxyRefreshOrigins(undefined)).toEqual([]);
  expect(proxyRefreshOrigins(' ')).toEqual([]);
  expect(proxyRefreshOrigins('http://127.0.0.1:8081, http://10.0.0.5:8081').map((url) => url.origin)).toEqual(['http://127.0.0.1:8081', 'http://10.0.0.5:8081']);
  expect(() => proxyRefreshOrigins('127.0.0.1:8081')).toThrow('PROXY_REFRESH_URL: "127.0.0.1:8081" is not an http(s) address');
  expect(() => proxyRefreshOrigins('ftp://proxy')).toThrow('is not an http(s) address');
});

test('a refresh listener that does not answer costs a warning, not an error', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const closedPort = await freePort();
  await expect(refreshProxiedPages([new URL(`http://127.0.0.1:${closedPort}`)], ['/'])).resolves.toBeUndefined();
  expect(warn).toHaveBeenCalledWith(expect.stringContaining(`Proxy refresh of / via http://127.0.0.1:${closedPort} failed`));
  warn.mockRestore();
});

describe('the app', () => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof createNewsroomFixture>>;
  let listener: Awaited<ReturnType<typeof listen>>;
  const seen: Seen[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await createNewsroomFixture(database.db);
    listener = await listen((pagePath, headers) => (seen.push({ path: pagePath, host: headers.host }), { body: 'ok' }));
    vi.stubEnv('PROXY_REFRESH_URL', `http://127.0.0.1:${listener.port}`);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await listener?.close();
    await database?.drop();
  });
  afterEach(() => {
    seen.length = 0;
    afterTasks.length = 0;
  });

  test('a publish asks the proxy for the front page, the story and the first page of every list it is on, one at a time, with the site as Host', async () => {
    resetRequest();
    await signInAsNewUser(database.db, 'EDITOR');
    const story = await createStory(database.db, fixture, { status: 'IN_REVIEW' });
    expect(await actions.publishArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ ok: true });
    await Promise.all(afterTasks);
    const { slug } = await database.db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(seen.map((request) => request.path)).toEqual([
      '/', `/${fixture.section.slug}/${slug}`, '/latest', `/${fixture.section.slug}`, `/${fixture.parent.slug}`, `/author/${fixture.author.slug}`, `/topic/${fixture.topic.slug}`,
    ]);
    expect(new Set(seen.map((request) => request.host))).toEqual(new Set([new URL(siteUrl()).host]));
  });

  test('a change to a story readers never saw refreshes nothing', async () => {
    resetRequest();
    await signInAsNewUser(database.db, 'REPORTER', fixture.author.id);
    const story = await createStory(database.db, fixture, { authorId: fixture.author.id });
    expect(await actions.submitArticleAction(null, { id: story.id, version: 1 })).toMatchObject({ ok: true });
    await Promise.all(afterTasks);
    expect(seen).toEqual([]);
  });
});

const hasNginx = (() => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// .ci/run installs nginx before the tests; without it on a developer's machine this part is skipped.
describe.runIf(hasNginx || process.env.CI)('deploy/nginx.conf', () => {
  let renders = 0;
  let upstream: Awaited<ReturnType<typeof listen>>;
  let proxy: RunningNginx;
  let refreshPort: number;

  beforeAll(async () => {
    upstream = await listen((pagePath) => ({
      body: `${pagePath} render ${++renders}`,
      headers: { 'cache-control': pagePath === '/private' ? 'private, no-store' : 'public, s-maxage=60' },
    }));
    refreshPort = await freePort();
    proxy = await proxyNginx(path.join('deploy', 'nginx.conf'), [upstream.port], refreshPort);
  });
  afterAll(async () => {
    await proxy?.stop();
    await upstream?.close();
  });

  test('readers get the stored copy, cannot force a new one, and a refresh replaces it at once', async () => {
    const stored = (await get(proxy.port, '/front')).body;
    expect(await get(proxy.port, '/front')).toEqual({ body: stored, cache: 'HIT' });
    for (const headers of [{ 'cache-control': 'no-cache' }, { pragma: 'no-cache' }, { 'x-newsroom-refresh': '1' }] as Record<string, string>[]) {
      expect((await get(proxy.port, '/front', headers)).body).toBe(stored);
    }
    await refreshProxiedPages([new URL(`http://127.0.0.1:${refreshPort}`)], ['/front'], 'news.example');
    const fresh = await get(proxy.port, '/front');
    expect(fresh.body).not.toBe(stored);
    expect(fresh.body).toMatch(/^\/front render \d+$/);
  });

  test('a refresh stores nothing the app marks private', async () => {
    await refreshProxiedPages([new URL(`http://127.0.0.1:${refreshPort}`)], ['/private'], 'news.example');
    const first = await get(proxy.port, '/private');
    const second = await get(proxy.port, '/private');
    expect(second.body).not.toBe(first.body);
    expect(second.cache).toBe('MISS');
  });
});
