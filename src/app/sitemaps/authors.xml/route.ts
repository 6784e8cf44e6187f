// Every author page with published stories.
import { getAuthorUrls } from '@/lib/seo/sitemaps/listing-queries';
import { urlsetResponse } from '@/lib/seo/sitemaps/responses';

export async function GET(request: Request) {
  return urlsetResponse(request, await getAuthorUrls());
}
