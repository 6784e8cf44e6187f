import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLatestPage, getMultimediaPage } from '@/lib/articles/lists';
import { JsonLd } from '@/components/seo/JsonLd';
import { collectionJsonLd } from '@/lib/seo/structured-data/pages';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';
import { listingMetadata } from './listing-metadata';
import { ListingHeader, ListingView } from './ListingView';

// The site-wide lists: every story, newest first (/latest), and the stories with a photo
// gallery or a video (/multimedia).

const streams = {
  latest: {
    title: 'Latest news',
    description: `Every story from ${site.name} ${site.edition}, newest first.`,
    path: paths.latest(),
    read: getLatestPage,
    empty: 'No stories yet.',
  },
  multimedia: {
    title: 'Multimedia',
    description: `Photo galleries and video from ${site.name} ${site.edition}.`,
    path: paths.multimedia(),
    read: getMultimediaPage,
    empty: 'No photo galleries or videos yet.',
  },
};

export type Stream = keyof typeof streams;

export async function streamListingMetadata(stream: Stream, page: number | null): Promise<Metadata> {
  const { title, description, path, read } = streams[stream];
  return page === null ? {} : listingMetadata({ title, description, path, listing: await read(page) });
}

export async function StreamListing({ stream, page }: { stream: Stream; page: number }) {
  const { title, description, path, read, empty } = streams[stream];
  const listing = await read(page);
  if (!listing) notFound();
  return (
    <>
      <JsonLd data={collectionJsonLd({ name: title, description, path: paths.page(path, page) }, listing.stories)} />
      <ListingView header={<ListingHeader title={title} description={description} />} listing={listing} href={(n) => paths.page(path, n)} empty={empty} />
    </>
  );
}
