// Every topic page that has published stories.
import { getTopicUrls } from '@/lib/seo/sitemaps/listing-queries';
import { urlsetResponse } from '@/lib/seo/sitemaps/responses';

export async function GET(request: Request) {
  return urlsetResponse(request, await getTopicUrls());
}
