import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { gonePageHtml, isGoneSlug } from '@/lib/articles/gone';
import { clientAddress } from '@/lib/auth/client-address';
import { reservedSectionSlugs } from '@/lib/urls';
import { spendClientBudget } from '@/lib/views/client-budget';
import { isReaderPageView, type HeaderReader } from '@/lib/views/count-rules';
import { pixelGif, pixelHeaders } from '@/lib/views/pixel';
import { recordPageView, reportViewError } from '@/lib/views/record-view';

// Two answers the server gives before a request reaches Next.js, because they come on every
// page load and Next's pipeline (routing, a proxy or route handler, its async contexts) costs
// several times the work itself (README, "Performance"):
// - the page-view beacon, /api/views/<id>: articles embed it as an <img>, so a view is counted
//   once per page load even though the page is cached HTML;
// - 410 Gone for the address (current or former slug) of an unpublished story, from a set of
//   slugs held in memory (src/lib/articles/gone.ts), since App Router pages cannot set a status.

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

async function answerBeacon(request: IncomingMessage, response: ServerResponse, articleId: number) {
  const headers = headerReader(request);
  if (request.method === 'GET' && isReaderPageView(headers) && spendClientBudget(clientAddress(headers), articleId)) {
    await recordPageView(articleId).catch(reportViewError);
  }
  response.writeHead(200, pixelHeaders);
  response.end(request.method === 'HEAD' ? undefined : pixelGif);
}

function answerGone(request: IncomingMessage, response: ServerResponse) {
  const html = gonePageHtml();
  response.writeHead(410, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(html)),
    'Cache-Control': 'public, max-age=60',
    'X-Robots-Tag': 'noindex',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** An article's address, /<section>/<slug>: the slug, or null for any other path. */
function articleSlug(pathname: string): string | null {
  const [, section, slug, ...rest] = pathname.split('/');
  if (!section || !slug || rest.length > 0 || reservedSectionSlugs.has(section)) return null;
  return slug;
}

/** Wraps Next's request handler: the beacon and 410s are answered here, the rest passes through. */
export function createFrontDoor(next: RequestListener): RequestListener {
  return (request, response) => {
    const { method = 'GET', url = '/' } = request;
    if (method !== 'GET' && method !== 'HEAD') return next(request, response);
    const [pathname] = url.split('?', 1) as [string];
    const beacon = beaconPath.exec(pathname);
    if (beacon && Number(beacon[1]) <= maxArticleId) {
      void answerBeacon(request, response, Number(beacon[1]));
      return;
    }
    const slug = articleSlug(pathname);
    if (!slug) return next(request, response);
    void isGoneSlug(slug).then(
      (gone) => (gone ? answerGone(request, response) : next(request, response)),
      () => next(request, response),
    );
  };
}
