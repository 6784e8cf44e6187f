import { feedResponse } from '@/lib/seo/feeds/response';
import { siteFeed } from '@/lib/seo/paths';

/** The whole site's newest stories, Atom 1.0. */
export function GET(request: Request) {
  return feedResponse(request, siteFeed, 'atom');
}
