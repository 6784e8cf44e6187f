import type { Metadata } from 'next';
import type { PhotoView } from '@/lib/articles/types';
import { site } from '@/lib/site';
import { absoluteUrl, paths } from '@/lib/urls';
import type { FeedScope } from './paths';
import { feedLinks, noIndex, shareImage, siteName } from './share';

// Metadata of the site's pages other than articles. Each page's canonical URL is its one path
// (no trailing slash) on SITE_URL.

export type PageMetadataInput = {
  title: string;
  description: string;
  path: string;
  /** Lists continue at <path>/page/N; each page is its own canonical. */
  page?: number;
  /** An empty list is thin content: readers may see it, search engines should not index it. */
  empty?: boolean;
  /** The page's own feed (a section's, a topic's, an author's), offered beside the site's. */
  feed?: FeedScope;
  photo?: Pick<PhotoView, 'variants' | 'alt'> | null;
  type?: 'website' | 'profile';
};

export function pageMetadata({ title, description, path, page = 1, empty = false, feed, photo, type = 'website' }: PageMetadataInput): Metadata {
  const canonical = absoluteUrl(paths.page(path, page));
  const pageTitle = page > 1 ? `${title} (page ${page})` : title;
  const image = shareImage(photo);
  return {
    title: pageTitle,
    description,
    alternates: { canonical, types: feedLinks(feed && { feed, name: title }) },
    openGraph: { type, siteName, locale: 'en_US', url: canonical, title: pageTitle, description, images: [image] },
    twitter: { card: 'summary_large_image', title: pageTitle, description, images: [image] },
    ...(empty && { robots: noIndex }),
  };
}

export function frontPageMetadata(): Metadata {
  return { ...pageMetadata({ title: siteName, description: site.description, path: paths.home() }), title: { absolute: siteName } };
}
