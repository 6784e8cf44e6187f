import { createHash } from 'node:crypto';

// Responses for feeds and sitemaps: cacheable by a CDN for a few minutes and served stale while
// it refetches, with validators so feed readers and crawlers can ask "changed?" and get a 304.

type XmlOptions = { contentType: string; lastModified?: Date | null; maxAge?: number };

function cacheControl(maxAge: number): string {
  return `public, max-age=${maxAge}, s-maxage=${maxAge}, stale-while-revalidate=86400`;
}

function isFresh(request: Request, etag: string, lastModified: Date | null | undefined): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  // RFC 9110: when If-None-Match is present, If-Modified-Since is ignored.
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  if (!lastModified || Number.isNaN(since)) return false;
  // HTTP dates have whole seconds.
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function xmlResponse(request: Request, body: string, { contentType, lastModified, maxAge = 300 }: XmlOptions): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = new Headers({ 'Cache-Control': cacheControl(maxAge), ETag: etag });
  if (lastModified) headers.set('Last-Modified', lastModified.toUTCString());
  if (isFresh(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', `${contentType}; charset=utf-8`);
  return new Response(body, { headers });
}

export function xmlNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl(60) } });
}
