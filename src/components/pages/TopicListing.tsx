import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/JsonLd';
import { collectionJsonLd } from '@/lib/seo/structured-data/pages';
import { site } from '@/lib/site';
import { getTopic, getTopicPage } from '@/lib/topics/queries';
import { paths } from '@/lib/urls';
import { listingMetadata } from './listing-metadata';
import { isSlug } from './route-params';
import { ListingHeader, ListingView } from './ListingView';

// A hot-issue hub (/topic/low-birth-rate): the editors' description, then its stories, newest first.

export async function topicListingMetadata(slug: string, page: number | null): Promise<Metadata> {
  const topic = isSlug(slug) ? await getTopic(slug) : null;
  if (!topic || page === null) return {};
  return listingMetadata({
    title: topic.name,
    description: topic.description || `Coverage of ${topic.name} from ${site.name}.`,
    path: paths.topic(topic.slug),
    listing: await getTopicPage(topic, page),
    feed: { kind: 'topic', slug: topic.slug },
  });
}

export async function TopicListing({ slug, page }: { slug: string; page: number }) {
  const topic = isSlug(slug) ? await getTopic(slug) : null;
  if (!topic) notFound();
  const listing = await getTopicPage(topic, page);
  if (!listing) notFound();
  return (
    <>
      <JsonLd data={collectionJsonLd({ name: topic.name, description: topic.description, path: paths.page(paths.topic(topic.slug), page) }, listing.stories)} />
      <ListingView
        header={<ListingHeader label="Hot issue" title={topic.name} description={topic.description} />}
        listing={listing}
        href={(n) => paths.page(paths.topic(topic.slug), n)}
        empty="No stories on this topic yet."
      />
    </>
  );
}
