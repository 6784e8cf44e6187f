import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchForm } from '@/components/pages/SearchForm';
import { SearchResultList } from '@/components/pages/SearchResultList';
import { search } from '@/lib/search/queries';
import { searchParamsSchema } from '@/lib/search/schema';
import { getNavigation } from '@/lib/sections/queries';
import { absoluteUrl, paths } from '@/lib/urls';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchParamsSchema.parse(await searchParams);
  return {
    title: q ? `Search results for “${q.slice(0, 60)}”` : 'Search',
    description: 'Search the archive of stories.',
    robots: { index: false, follow: true },
    alternates: { canonical: absoluteUrl(paths.search()) },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = searchParamsSchema.parse(await searchParams);
  const [results, sections] = await Promise.all([search(params), getNavigation()]);
  if (!results) notFound();
  return (
    <div className="search-page">
      <header className="page-header">
        <h1>{params.q ? <>Search results for “{params.q}”</> : 'Search'}</h1>
        <SearchForm params={params} sections={sections} />
      </header>
      {params.q && <SearchResultList params={params} results={results} />}
    </div>
  );
}
