import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/JsonLd';
import { collectionJsonLd } from '@/lib/seo/structured-data/pages';
import { site } from '@/lib/site';
import { getPublicTag, getTagPage } from '@/lib/tags/queries';
import { paths } from '@/lib/urls';
import { listingMetadata } from './listing-metadata';
import { isSlug } from './route-params';
import { ListingHeader, ListingView } from './ListingView';

export async function tagListingMetadata(slug: string, page: number | null): Promise<Metadata> {
  const tag = isSlug(slug) ? await getPublicTag(slug) : null;
  if (!tag || page === null) return {};
  return listingMetadata({
    title: `#${tag.name}`,
    description: `Stories tagged ${tag.name} from ${site.name}.`,
    path: paths.tag(tag.slug),
    listing: await getTagPage(tag, page),
  });
}

export async function TagListing({ slug, page }: { slug: string; page: number }) {
  const tag = isSlug(slug) ? await getPublicTag(slug) : null;
  if (!tag) notFound();
  const listing = await getTagPage(tag, page);
  if (!listing) notFound();
  return (
    <>
      <JsonLd data={collectionJsonLd({ name: `#${tag.name}`, path: paths.page(paths.tag(tag.slug), page) }, listing.stories)} />
      <ListingView
        header={<ListingHeader label="Tag" title={`#${tag.name}`} />}
        listing={listing}
        href={(n) => paths.page(paths.tag(tag.slug), n)}
        empty="No stories with this tag."
      />
    </>
  );
}
