import { StreamListing, streamListingMetadata } from '@/components/pages/StreamListing';

export const revalidate = 300;

export async function generateMetadata() {
  return streamListingMetadata('multimedia', 1);
}

export default function MultimediaPage() {
  return <StreamListing stream="multimedia" page={1} />;
}
