// Every author page with published stories.
import { listingSitemapResponse } from '@/lib/seo/sitemaps/responses';

export function GET(request: Request) {
  return listingSitemapResponse(request, 'authors');
}
