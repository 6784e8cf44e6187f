import type { Metadata } from 'next';
import type { ListingPage } from '@/lib/articles/listing';
import { pageMetadata, type PageMetadataInput } from '@/lib/seo/page-metadata';
import { absoluteUrl, paths } from '@/lib/urls';

type Input = { title: string; description: string; path: string; listing: ListingPage | null } & Pick<PageMetadataInput, 'feed' | 'photo' | 'type'>;

/** Title, description, canonical, share card, feeds and rel=prev/next for one page of a list; each page is its own canonical. */
export function listingMetadata({ title, description, path, listing, ...seo }: Input): Metadata {
  if (!listing) return {};
  const at = (page: number) => paths.page(path, page);
  return {
    ...pageMetadata({ title, description, path, page: listing.page, empty: listing.stories.length === 0, ...seo }),
    pagination: {
      previous: listing.page > 1 ? absoluteUrl(at(listing.page - 1)) : undefined,
      next: listing.hasNext ? absoluteUrl(at(listing.page + 1)) : undefined,
    },
  };
}
