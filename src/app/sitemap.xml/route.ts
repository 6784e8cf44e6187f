import { sitemapIndexResponse } from '@/lib/seo/sitemaps/responses';

/** The sitemap index: sections, topics and authors, then the stories month by month. */
export function GET(request: Request) {
  return sitemapIndexResponse(request);
}
