import { newsSitemapResponse } from '@/lib/seo/sitemaps/responses';

/** Google News: the last 48 hours of stories; empty (and still valid) on a quiet weekend. */
export function GET(request: Request) {
  return newsSitemapResponse(request);
}
