import { unstable_cache } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { findListingPage, type Listing, type ListingPage } from './listing';

// Cached pages of public lists. Every list is tagged `articles` (a publish anywhere can move it)
// and with what it shows, so editing a section or a topic refreshes exactly its pages.

const LIST_REVALIDATE_SECONDS = 300;

export function getListingPage(listing: Listing, page: number, listTags: string[]): Promise<ListingPage | null> {
  return unstable_cache(
    () => findListingPage(listing, page),
    ['listing-page', JSON.stringify(listing), String(page)],
    { tags: [tags.articleLists, ...listTags], revalidate: LIST_REVALIDATE_SECONDS },
  )();
}

export const getLatestPage = (page: number) => getListingPage({ kind: 'latest' }, page, []);

export const getMultimediaPage = (page: number) => getListingPage({ kind: 'multimedia' }, page, []);
