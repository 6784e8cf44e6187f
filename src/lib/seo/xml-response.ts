import { createHash } from 'node:crypto';

// Responses for feeds and sitemaps: cacheable by a CDN for a few minutes and served stale while
// it refetches, with validators so feed readers and crawlers can ask "changed?" and get a 304.

/**
 * An XML file as it is sent: its body, the body's ETag and, for a feed, when its stories were
 * read (an HTTP date). Feeds and sitemaps keep the whole file in the data cache, so a request
 * sends stored bytes instead of rendering and hashing them again.
 */
export type XmlFile = { body: string; etag: string; lastModified: string | null };

type XmlOptions = { contentType: string; maxAge?: number };

export function xmlFile(body: string, lastModified: Date | null = null): XmlFile {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, lastModified: lastModified?.toUTCString() ?? null };
}

function cacheControl(maxAge: number): string {
  return `public, max-age=${maxAge}, s-maxage=${maxAge}, stale-while-revalidate=86400`;
}

function isFresh(request: Request, { etag, lastModified }: XmlFile): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  // RFC 9110: when If-None-Match is present, If-Modified-Since is ignored.
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  if (!lastModified || Number.isNaN(since)) return false;
  // HTTP dates have whole seconds, and lastModified is one already.
  return Date.parse(lastModified) <= since;
}

export function xmlResponse(request: Request, file: XmlFile, { contentType, maxAge = 300 }: XmlOptions): Response {
  const headers = new Headers({ 'Cache-Control': cacheControl(maxAge), ETag: file.etag });
  if (file.lastModified) headers.set('Last-Modified', file.lastModified);
  if (isFresh(request, file)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', `${contentType}; charset=utf-8`);
  return new Response(file.body, { headers });
}

export function xmlNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl(60) } });
}
