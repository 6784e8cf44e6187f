import { request as httpRequest, type RequestListener } from 'node:http';
import { gunzipSync } from 'node:zlib';
import etag from 'etag';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFrontDoor, type FrontDoor } from '../helpers/front-door';

// The front door on a real socket takes Next's client runtime out of reader pages and compresses
// what it sends. The stand-in for Next.js answers the way Next's server does: a cached page in
// one `end`, a first render streamed (flushHeaders, then writes); with next.config.ts's
// `generateEtags: false` it sets no ETag, and the front door gives cacheable pages theirs.

// Text beyond ASCII (curly quotes, Korean, an emoji) must come out byte for byte.
const visible =
  '<!DOCTYPE html><html lang="en"><head><title>A story</title></head><body><main><h1>“A story” · 한겨레 🇰🇷</h1><p>' +
  'Body text. '.repeat(300) + '</p></main>';
const runtime =
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  `<script>self.__next_f.push([1,"${'payload '.repeat(400)}"])</script>`;
const page = `${visible}${runtime}</body></html>`;
const stripped = `${visible}</body></html>`;
const strippedEtag = etag(Buffer.from(stripped));

const next: RequestListener = (request, response) => {
  const url = request.url ?? '/';
  if (url === '/feed.xml') {
    response.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    response.write('<?xml version="1.0"?><rss><channel><title>');
    response.end(`${'x'.repeat(2000)}</title></channel></rss>`);
    return;
  }
  if (url === '/not-modified') {
    response.writeHead(304, { ETag: '"abc"' });
    response.end();
    return;
  }
  if (url === '/explicit-head') {
    // Headers sent with writeHead before the body: their length stands, so the page goes as is.
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.writeHead(200, { 'Content-Length': Buffer.byteLength(page) });
    response.write(page.slice(0, 100));
    response.end(page.slice(100));
    return;
  }
  response.statusCode = url === '/missing' ? 404 : 200;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', url.startsWith('/search') ? 'private, no-cache, no-store, max-age=0, must-revalidate' : 's-maxage=60, stale-while-revalidate=31535940');
  if (url === '/own-etag') response.setHeader('ETag', '"page-etag"');
  // Next's cache holds pages stripped (src/lib/cache/*handler.mjs); this copy is not, to show
  // that the front door sends a cached page as it is rather than scanning it a second time.
  if (url === '/cached' || url === '/stale') response.setHeader('x-nextjs-cache', url === '/cached' ? 'HIT' : 'STALE');
  if (url.startsWith('/streamed') || url.startsWith('/admin/')) {
    response.flushHeaders();
    response.write(page.slice(0, 1000));
    setTimeout(() => {
      response.write(Buffer.from(page.slice(1000, 5000)));
      response.end(page.slice(5000));
    }, 20);
    return;
  }
  response.setHeader('Content-Length', Buffer.byteLength(page));
  response.end(request.method === 'HEAD' ? null : page);
};

let frontDoor: FrontDoor;
beforeAll(async () => {
  frontDoor = await startFrontDoor(next);
});
afterAll(async () => {
  await frontDoor?.close();
});

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A plain HTTP request: fetch would decompress and hide the length on the wire. */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${frontDoor.url}${path}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a reader page goes out without the client runtime, whole or streamed, with its length and validator', async () => {
  for (const path of ['/politics', '/streamed/front/page', '/missing']) {
    const response = await raw(path);
    expect(response.status, path).toBe(path === '/missing' ? 404 : 200);
    expect(response.body.toString('utf8'), path).toBe(stripped);
    expect(response.headers['content-length'], path).toBe(String(Buffer.byteLength(stripped)));
    expect(response.headers.etag, path).toBe(path === '/missing' ? undefined : strippedEtag);
  }
});

test('a page from Next\u2019s cache goes out as it was stored, with its length and validator', async () => {
  for (const path of ['/cached', '/stale']) {
    const response = await raw(path);
    expect(response.body.toString('utf8'), path).toBe(page);
    expect(response.headers['content-length'], path).toBe(String(Buffer.byteLength(page)));
    expect(response.headers.etag, path).toBe(etag(Buffer.from(page)));
  }
});

test('a reader who holds the page gets 304 with no body; private pages and ETags set upstream are left alone', async () => {
  for (const headers of [{}, { 'Accept-Encoding': 'gzip' }] as Record<string, string>[]) {
    const response = await raw('/politics', { headers: { ...headers, 'If-None-Match': strippedEtag } });
    expect(response.status).toBe(304);
    expect(response.body.length).toBe(0);
    expect(response.headers.etag).toBe(strippedEtag);
    expect(response.headers['content-type']).toBeUndefined();
  }
  expect((await raw('/politics', { headers: { 'If-None-Match': '"an-older-copy"' } })).status).toBe(200);

  const search = await raw('/search?q=korea', { headers: { 'If-None-Match': strippedEtag } });
  expect(search.status).toBe(200);
  expect(search.headers.etag).toBeUndefined();

  const own = await raw('/own-etag', { headers: { 'If-None-Match': strippedEtag } });
  expect(own.status).toBe(200);
  expect(own.headers.etag).toBe('"page-etag"');
});

test('compresses for clients that ask, after taking the runtime out', async () => {
  const response = await raw('/streamed/front/page', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.headers['content-encoding']).toBe('gzip');
  expect(response.headers.vary).toContain('Accept-Encoding');
  expect(gunzipSync(response.body).toString('utf8')).toBe(stripped);

  const feed = await raw('/feed.xml', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(feed.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(feed.body).toString('utf8')).toContain('<rss>');
});

test('newsroom pages keep their runtime; feeds, 304s and pages whose headers went first pass through untouched', async () => {
  const admin = await raw('/admin/articles');
  expect(admin.body.toString('utf8')).toBe(page);

  const feed = await raw('/feed.xml');
  expect(feed.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(feed.body.toString('utf8')).toBe(`<?xml version="1.0"?><rss><channel><title>${'x'.repeat(2000)}</title></channel></rss>`);

  const explicit = await raw('/explicit-head');
  expect(explicit.headers['content-length']).toBe(String(Buffer.byteLength(page)));
  expect(explicit.body.toString('utf8')).toBe(page);

  const notModified = await raw('/not-modified');
  expect(notModified.status).toBe(304);
  expect(notModified.body.length).toBe(0);
});

test('a HEAD request gets the headers with no body, no stale length and no validator of an empty body', async () => {
  const response = await raw('/politics', { method: 'HEAD' });
  expect(response.status).toBe(200);
  expect(response.body.length).toBe(0);
  expect(response.headers['content-length']).not.toBe(String(Buffer.byteLength(page)));
  expect(response.headers.etag).toBeUndefined();
});
