import { TagListing, tagListingMetadata } from '@/components/pages/TagListing';
import { pageNumberOrRedirect, parsePageNumber } from '@/components/pages/route-params';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return tagListingMetadata(slug, parsePageNumber(page));
}

export default async function TagPageN({ params }: Props) {
  const { slug, page } = await params;
  return <TagListing slug={slug} page={pageNumberOrRedirect(page, paths.tag(slug))} />;
}
