import { pageNumberOrRedirect, parsePageNumber } from '@/components/pages/route-params';
import { StreamListing, streamListingMetadata } from '@/components/pages/StreamListing';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return streamListingMetadata('latest', parsePageNumber((await params).page));
}

export default async function LatestPageN({ params }: Props) {
  return <StreamListing stream="latest" page={pageNumberOrRedirect((await params).page, paths.latest())} />;
}
