import { TopicListing, topicListingMetadata } from '@/components/pages/TopicListing';

export const revalidate = 300;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return topicListingMetadata((await params).slug, 1);
}

export default async function TopicPage({ params }: Props) {
  return <TopicListing slug={(await params).slug} page={1} />;
}
