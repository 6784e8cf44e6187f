// The front page and every section that has published stories.
import { listingSitemapResponse } from '@/lib/seo/sitemaps/responses';

export function GET(request: Request) {
  return listingSitemapResponse(request, 'sections');
}
