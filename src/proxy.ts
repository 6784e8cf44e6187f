import { NextResponse, type NextRequest } from 'next/server';
import { gonePageHtml, isGoneSlug } from '@/lib/articles/gone';
import { reservedSectionSlugs } from '@/lib/urls';

// An unpublished story's address (current or former slug) answers 410 Gone, so search engines
// drop it. App Router pages cannot choose their status, so this runs before them; the slugs come
// from a set held in memory (src/lib/articles/gone.ts), never from a query per request.

export async function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  const [, section, slug] = request.nextUrl.pathname.split('/');
  if (!section || !slug || reservedSectionSlugs.has(section) || !(await isGoneSlug(slug))) return NextResponse.next();
  return new NextResponse(request.method === 'HEAD' ? null : gonePageHtml(), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' },
  });
}

// Article addresses only: /<section>/<slug>.
export const config = { matcher: '/:section/:slug' };
