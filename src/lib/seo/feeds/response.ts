import { unstable_cache } from 'next/cache';
import { singleFlight } from '@/lib/cache/single-flight';
import { tags } from '@/lib/cache/tags';
import { feedContentType, type FeedFormat, type FeedScope } from '../paths';
import { xmlFile, xmlNotFound, xmlResponse, type XmlFile } from '../xml-response';
import { findFeed } from './queries';
import { renderFeed } from './render';

const buildFeedFile = singleFlight(async (scope: FeedScope, format: FeedFormat): Promise<XmlFile | null> => {
  const view = await findFeed(scope);
  return view && xmlFile(renderFeed(view, scope, format), new Date(view.builtAt));
});

/**
 * A feed file, cached whole (rendered, with its ETag) until a publish (`articles`) or a change to
 * its section, topic or author: a feed reader's poll sends stored bytes, as a cached page does.
 * Its Last-Modified is when its stories were read, which never moves back.
 */
function getFeedFile(scope: FeedScope, format: FeedFormat): Promise<XmlFile | null> {
  const key = scope.kind === 'site' ? ['feed-file', format] : ['feed-file', format, scope.kind, scope.slug];
  const scopeTags = scope.kind === 'site' ? [] : [tags[scope.kind](scope.slug)];
  return unstable_cache(() => buildFeedFile(scope, format), key, { tags: [tags.articleLists, ...scopeTags], revalidate: 300 })();
}

/** A feed file, or 404 for a section, topic or author that does not exist. */
export async function feedResponse(request: Request, scope: FeedScope, format: FeedFormat): Promise<Response> {
  const file = await getFeedFile(scope, format);
  return file ? xmlResponse(request, file, { contentType: feedContentType[format] }) : xmlNotFound();
}
