import type { ServerResponse } from 'node:http';
import etag from 'etag';
import fresh from 'fresh';
import { stripClientRuntime } from './strip-client-runtime.mjs';

// The front door's half of taking Next's client runtime out of reader pages (see
// ./strip-client-runtime.mjs): the pages it sends that did not come stripped from the cache.

type Callback = (error?: Error | null) => void;

const unshared = /\b(?:private|no-store)\b/;
const fromCache = /^(?:HIT|STALE)$/;

/**
 * Gives a cacheable page an ETag of the bytes it sends and answers a reader who already holds
 * them with 304 (true). next.config.ts turns off Next's own ETags: it hashed every cached page in
 * JavaScript, a character at a time (FNV-1a over the whole HTML), 12% of a cached page's CPU,
 * before this strip changed the bytes anyway; `etag` hashes them natively (SHA-1).
 */
function validated(response: ServerResponse, html: Buffer): boolean {
  const cacheControl = String(response.getHeader('cache-control') ?? '');
  // Next sends a HEAD answer no body, so there is nothing to hash: it goes without a validator.
  if (response.req?.method === 'HEAD' || response.statusCode !== 200 || response.hasHeader('etag') || unshared.test(cacheControl)) return false;
  const tag = etag(html);
  response.setHeader('etag', tag);
  if (!fresh(response.req.headers, { etag: tag, 'last-modified': response.getHeader('last-modified') as string | undefined })) return false;
  response.statusCode = 304;
  for (const header of ['content-type', 'content-length', 'transfer-encoding']) response.removeHeader(header);
  return true;
}

/**
 * Holds back what Next.js writes to `response` until it ends; an HTML body then goes out with
 * `stripClientRuntime` applied (unless it came stripped from the cache), its length corrected
 * and, when it may be cached, an ETag of the bytes sent (a 304 when the reader holds them). Any
 * other response (a feed, an image, a 304, a redirect) is passed through untouched as soon as its
 * first byte is written. Pages are under 100 KB, so holding one in memory costs less than the
 * runtime it removes.
 */
export function withoutClientRuntime(response: ServerResponse): void {
  const original = { write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  const chunks: Buffer[] = [];
  let holding: boolean | undefined;

  const restore = () => Object.assign(response, original);
  const decide = () => {
    if (holding === undefined) {
      const type = String(response.getHeader('content-type') ?? '');
      holding = /^text\/html\b/i.test(type) && !response.getHeader('content-encoding') && response.statusCode !== 304;
      if (!holding) restore();
    }
    return holding;
  };
  const collect = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === undefined || chunk === null) return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array));
  };

  response.flushHeaders = function flushHeaders() {
    if (!decide()) original.flushHeaders.call(response);
  };
  response.write = function write(chunk: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (!decide()) return (original.write as (...args: unknown[]) => boolean).call(response, chunk, encoding, callback);
    collect(chunk, typeof encoding === 'string' ? encoding : undefined);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];
  response.end = function end(chunk?: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk as Callback];
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (!decide()) return (original.end as (...args: unknown[]) => ServerResponse).call(response, chunk, encoding, callback);
    collect(chunk, encoding);
    restore();
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    // Headers already on their way (an explicit writeHead) fix the length: send the page as it was.
    if (response.headersSent) return response.end(body, callback);
    // A page from Next's cache (HIT, or STALE while it is rendered again) was stripped when it was
    // stored (src/lib/cache/*handler.mjs): it goes as it is, without a second scan. Otherwise it
    // is read as latin1, one character per byte: the markup the strip looks for is ASCII, so the
    // text between goes back byte for byte. Decoding UTF-8 instead costs 0.8 ms for an 84 KB page
    // with a few curly quotes in it (V8 builds a two-byte string), a third of the page's request.
    const html = fromCache.test(String(response.getHeader('x-nextjs-cache') ?? ''))
      ? body
      : Buffer.from(stripClientRuntime(body.toString('latin1')), 'latin1');
    if (validated(response, html)) return response.end(callback);
    // A HEAD answer has no body to measure; its length is left out rather than left wrong.
    if (response.req?.method === 'HEAD') {
      response.removeHeader('content-length');
      return response.end(callback);
    }
    response.setHeader('content-length', html.length);
    return response.end(html, callback);
  } as ServerResponse['end'];
}
