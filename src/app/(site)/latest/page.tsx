import { StreamListing, streamListingMetadata } from '@/components/pages/StreamListing';

export const revalidate = 300;

export async function generateMetadata() {
  return streamListingMetadata('latest', 1);
}

export default function LatestPage() {
  return <StreamListing stream="latest" page={1} />;
}
