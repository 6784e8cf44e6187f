import { AuthorListing, authorListingMetadata } from '@/components/pages/AuthorListing';
import { pageNumberOrRedirect, parsePageNumber } from '@/components/pages/route-params';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return authorListingMetadata(slug, parsePageNumber(page));
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorListing slug={slug} page={pageNumberOrRedirect(page, paths.author(slug))} />;
}
