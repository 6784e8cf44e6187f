import { unstable_cache } from 'next/cache';
import { singleFlight } from '@/lib/cache/single-flight';
import { tags } from '@/lib/cache/tags';
import { xmlFile, xmlNotFound, xmlResponse, type XmlFile } from '../xml-response';
import { findArticleMonth } from './article-queries';
import { findSitemapIndex } from './index';
import { findAuthorUrls, findSectionUrls, findTopicUrls } from './listing-queries';
import { findNewsArticles } from './news-queries';
import { renderNewsSitemap, renderSitemapIndex, renderUrlset } from './render';

// Every sitemap file is application/xml, cached whole (rendered, with its ETag: see XmlFile) and
// refreshed by every publish and unpublish (`articles`). A crawler's request sends stored bytes:
// a month of 4,400 stories is 490 KB, 12.7 ms of CPU to render and hash, and a month of a big
// paper's archive up to 50,000 URLs. The validator is the ETag alone: a Last-Modified taken from
// the newest URL would move back when a story is unpublished. Each file is built once at a time
// (singleFlight): a stale entry is refreshed by every request that meets it.

export const SITEMAP_CONTENT_TYPE = 'application/xml';
export type ListingSitemap = 'sections' | 'topics' | 'authors';

const articleFiles = { tags: [tags.articleLists], revalidate: 300 };
// Listings change with a publish or with the navigation (a section, topic or author renamed).
const listingFiles = { tags: [tags.articleLists, tags.navigation], revalidate: 3600 };

/** A file made of one read and one render, built once at a time. */
const fileOf = <T>(read: () => Promise<T>, render: (data: T) => string) => singleFlight(async () => xmlFile(render(await read())));

const getIndexFile = unstable_cache(fileOf(findSitemapIndex, renderSitemapIndex), ['sitemap-index-file'], articleFiles);

const getMonthFile = unstable_cache(
  singleFlight(async (month: string, part: number): Promise<XmlFile | null> => {
    const urls = await findArticleMonth(month, part);
    return urls.length > 0 ? xmlFile(renderUrlset(urls)) : null;
  }),
  ['sitemap-month-file'],
  articleFiles,
);

const getListingFile: Record<ListingSitemap, () => Promise<XmlFile>> = {
  sections: unstable_cache(fileOf(findSectionUrls, renderUrlset), ['sitemap-sections-file'], listingFiles),
  topics: unstable_cache(fileOf(findTopicUrls, renderUrlset), ['sitemap-topics-file'], listingFiles),
  authors: unstable_cache(fileOf(findAuthorUrls, renderUrlset), ['sitemap-authors-file'], listingFiles),
};

/**
 * The Google News sitemap: also refreshed every minute, for its moving window. Google polls it
 * every few minutes, and at 1,000 stories it is the largest file a crawler asks for often.
 */
const getNewsFile = unstable_cache(fileOf(findNewsArticles, renderNewsSitemap), ['news-sitemap-file'], {
  tags: [tags.articleLists],
  revalidate: 60,
});

const send = (request: Request, file: XmlFile, maxAge?: number) => xmlResponse(request, file, { contentType: SITEMAP_CONTENT_TYPE, maxAge });

export async function sitemapIndexResponse(request: Request): Promise<Response> {
  return send(request, await getIndexFile());
}

/** A month file's part, or 404 when the month or part has no stories. */
export async function monthSitemapResponse(request: Request, month: string, part: number): Promise<Response> {
  const file = await getMonthFile(month, part);
  return file ? send(request, file) : xmlNotFound();
}

export async function listingSitemapResponse(request: Request, kind: ListingSitemap): Promise<Response> {
  return send(request, await getListingFile[kind]());
}

export async function newsSitemapResponse(request: Request): Promise<Response> {
  return send(request, await getNewsFile(), 60);
}
