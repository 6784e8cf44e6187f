import { TopicListing, topicListingMetadata } from '@/components/pages/TopicListing';
import { pageNumberOrRedirect, parsePageNumber } from '@/components/pages/route-params';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return topicListingMetadata(slug, parsePageNumber(page));
}

export default async function TopicPageN({ params }: Props) {
  const { slug, page } = await params;
  return <TopicListing slug={slug} page={pageNumberOrRedirect(page, paths.topic(slug))} />;
}
