import { SectionListing, sectionListingMetadata } from '@/components/pages/SectionListing';

export const revalidate = 300;

type Props = { params: Promise<{ section: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return sectionListingMetadata((await params).section, 1);
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slug={(await params).section} page={1} />;
}
