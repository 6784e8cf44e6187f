import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import compression from 'compression';
import { gonePageHtml, isGoneSlug } from '@/lib/articles/gone';
import { clientAddress } from '@/lib/auth/client-address';
import { reservedSectionSlugs } from '@/lib/urls';
import { spendClientBudget } from '@/lib/views/client-budget';
import { isReaderPageView, type HeaderReader } from '@/lib/views/count-rules';
import { pixelGif, pixelHeaders } from '@/lib/views/pixel';
import { recordPageView, reportViewError } from '@/lib/views/record-view';
import { withoutClientRuntime } from './client-runtime';

// Two answers the server gives before a request reaches Next.js, because they come on every
// page load and Next's pipeline (routing, a proxy or route handler, its async contexts) costs
// several times the work itself (README, "Performance"):
// - the page-view beacon, /api/views/<id>: articles embed it as an <img>, so a view is counted
//   once per page load even though the page is cached HTML;
// - 410 Gone for the address (current or former slug) of an unpublished story, from a set of
//   slugs held in memory (src/lib/articles/gone.ts), since App Router pages cannot set a status.
// Everything else goes to Next.js, compressed here for clients that ask (next.config.ts leaves
// compression to us), and reader pages go out without Next's client runtime (./client-runtime.ts).

/**
 * On every answer, the front door's own and Next's alike. Set here rather than by next.config.ts's
 * `headers()`, which Next matches against each request's path (path-to-regexp) on every request
 * and never applies to the beacon or the 410s answered before Next.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
const securityHeaderEntries = Object.entries(securityHeaders);

const beaconPath = /^\/api\/views\/([1-9][0-9]{0,9})$/;
const maxArticleId = 2_147_483_647;

function headerReader(request: IncomingMessage): HeaderReader {
  const read = (name: string) => request.headers[name.toLowerCase()];
  return {
    get: (name) => {
      const value = read(name);
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
    has: (name) => read(name) !== undefined,
  };
}

const beaconHeaders = { ...pixelHeaders, ...securityHeaders };

/**
 * The pixel goes out without waiting for the count: the view buffer in memory has counted it when
 * `recordPageView` returns (Redis's is best effort anyway), and the beacon comes with every page
 * view, so the fewer promises the better (Next's async context tracking follows each one).
 */
function answerBeacon(request: IncomingMessage, response: ServerResponse, articleId: number) {
  const headers = headerReader(request);
  if (request.method === 'GET' && isReaderPageView(headers) && spendClientBudget(clientAddress(headers), articleId)) {
    void recordPageView(articleId).catch(reportViewError);
  }
  response.writeHead(200, beaconHeaders);
  response.end(request.method === 'HEAD' ? undefined : pixelGif);
}

function answerGone(request: IncomingMessage, response: ServerResponse) {
  const html = gonePageHtml();
  response.writeHead(410, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(html)),
    'Cache-Control': 'public, max-age=60',
    'X-Robots-Tag': 'noindex',
    ...securityHeaders,
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** An article's address, /<section>/<slug>: the slug, or null for any other path. */
function articleSlug(pathname: string): string | null {
  const [, section, slug, ...rest] = pathname.split('/');
  if (!section || !slug || rest.length > 0 || reservedSectionSlugs.has(section)) return null;
  return slug;
}

/** Pages of the newsroom, which need their client components; everything else is the reader's. */
const newsroomPath = /^\/(?:admin|preview)(?:\/|$)/;

export type FrontDoorOptions = {
  /** Take Next's client runtime out of reader pages (production; development needs it for HMR). */
  stripClientRuntime: boolean;
};

/** Wraps Next's request handler: the beacon and 410s are answered here, the rest passes through. */
export function createFrontDoor(handle: RequestListener, options: FrontDoorOptions): RequestListener {
  const compress = compression();
  const next = (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    for (const [name, value] of securityHeaderEntries) response.setHeader(name, value);
    const pass = () => {
      if (options.stripClientRuntime && !newsroomPath.test(pathname) && !pathname.startsWith('/_next/')) withoutClientRuntime(response);
      void handle(request, response);
    };
    // A client that accepts no encoding (the front proxy, deploy/nginx.conf) skips the middleware,
    // which would wrap every write only to pass it through. Its plain answer goes without
    // `Vary: Accept-Encoding`: a cache may hand plain bytes to anyone, and every compressed
    // answer carries the header.
    if (request.headers['accept-encoding']) return compress(request as never, response as never, pass);
    pass();
  };
  return (request, response) => {
    const { method = 'GET', url = '/' } = request;
    const [pathname] = url.split('?', 1) as [string];
    if (method !== 'GET' && method !== 'HEAD') return next(request, response, pathname);
    const beacon = beaconPath.exec(pathname);
    if (beacon && Number(beacon[1]) <= maxArticleId) return answerBeacon(request, response, Number(beacon[1]));
    const slug = articleSlug(pathname);
    if (!slug) return next(request, response, pathname);
    void isGoneSlug(slug).then(
      (gone) => (gone ? answerGone(request, response) : next(request, response, pathname)),
      () => next(request, response, pathname),
    );
  };
}
