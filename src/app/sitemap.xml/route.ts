import { getSitemapIndex } from '@/lib/seo/sitemaps/index';
import { sitemapIndexResponse } from '@/lib/seo/sitemaps/responses';

/** The sitemap index: sections, topics and authors, then the stories month by month. */
export async function GET(request: Request) {
  return sitemapIndexResponse(request, await getSitemapIndex());
}
