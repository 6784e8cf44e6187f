// The front page and every section that has published stories.
import { getSectionUrls } from '@/lib/seo/sitemaps/listing-queries';
import { urlsetResponse } from '@/lib/seo/sitemaps/responses';

export async function GET(request: Request) {
  return urlsetResponse(request, await getSectionUrls());
}
