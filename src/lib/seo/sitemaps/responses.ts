import { unstable_cache } from 'next/cache';
import { singleFlight } from '@/lib/cache/single-flight';
import { tags } from '@/lib/cache/tags';
import { xmlFile, xmlResponse } from '../xml-response';
import type { SitemapUrl } from './article-queries';
import { findNewsArticles } from './news-queries';
import { renderNewsSitemap, renderSitemapIndex, renderUrlset } from './render';

// Every sitemap file is application/xml with the same caching. The validator is the ETag alone:
// a Last-Modified taken from the newest URL would move back when a story is unpublished.

export const SITEMAP_CONTENT_TYPE = 'application/xml';

export function urlsetResponse(request: Request, urls: SitemapUrl[]): Response {
  return xmlResponse(request, xmlFile(renderUrlset(urls)), { contentType: SITEMAP_CONTENT_TYPE });
}

export function sitemapIndexResponse(request: Request, sitemaps: SitemapUrl[]): Response {
  return xmlResponse(request, xmlFile(renderSitemapIndex(sitemaps)), { contentType: SITEMAP_CONTENT_TYPE });
}

/**
 * The Google News sitemap, cached whole (rendered, with its ETag): refreshed by every publish and
 * unpublish (`articles`), and every minute for the moving window. Google polls it every few
 * minutes, and at 1,000 stories it is the largest file a crawler asks for often.
 */
const getNewsSitemapFile = unstable_cache(singleFlight(async () => xmlFile(renderNewsSitemap(await findNewsArticles()))), ['news-sitemap-file'], {
  tags: [tags.articleLists],
  revalidate: 60,
});

export async function newsSitemapResponse(request: Request): Promise<Response> {
  return xmlResponse(request, await getNewsSitemapFile(), { contentType: SITEMAP_CONTENT_TYPE, maxAge: 60 });
}
