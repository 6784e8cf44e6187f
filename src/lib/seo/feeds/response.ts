import { feedContentType, type FeedFormat, type FeedScope } from '../paths';
import { xmlNotFound, xmlResponse } from '../xml-response';
import { getFeed } from './queries';
import { renderFeed } from './render';

/** A feed file, or 404 for a section, topic or author that does not exist. */
export async function feedResponse(request: Request, scope: FeedScope, format: FeedFormat): Promise<Response> {
  const view = await getFeed(scope);
  if (!view) return xmlNotFound();
  return xmlResponse(request, renderFeed(view, scope, format), { contentType: feedContentType[format], lastModified: new Date(view.builtAt) });
}
