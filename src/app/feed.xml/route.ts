import { feedResponse } from '@/lib/seo/feeds/response';
import { siteFeed } from '@/lib/seo/paths';

/** The whole site's newest stories, RSS 2.0. */
export function GET(request: Request) {
  return feedResponse(request, siteFeed, 'rss');
}
