import { SectionListing, sectionListingMetadata } from '@/components/pages/SectionListing';
import { pageNumberOrRedirect, parsePageNumber } from '@/components/pages/route-params';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ section: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return sectionListingMetadata(section, parsePageNumber(page));
}

export default async function SectionPageN({ params }: Props) {
  const { section, page } = await params;
  return <SectionListing slug={section} page={pageNumberOrRedirect(page, paths.section(section))} />;
}
