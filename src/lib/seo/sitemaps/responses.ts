import { xmlResponse } from '../xml-response';
import type { SitemapUrl } from './article-queries';
import { renderSitemapIndex, renderUrlset } from './render';

// Every sitemap file is application/xml with the same caching. The validator is the ETag alone:
// a Last-Modified taken from the newest URL would move back when a story is unpublished.

export const SITEMAP_CONTENT_TYPE = 'application/xml';

export function urlsetResponse(request: Request, urls: SitemapUrl[]): Response {
  return xmlResponse(request, renderUrlset(urls), { contentType: SITEMAP_CONTENT_TYPE });
}

export function sitemapIndexResponse(request: Request, sitemaps: SitemapUrl[]): Response {
  return xmlResponse(request, renderSitemapIndex(sitemaps), { contentType: SITEMAP_CONTENT_TYPE });
}
