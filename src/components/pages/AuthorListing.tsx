import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Photo } from '@/components/media/Photo';
import { JsonLd } from '@/components/seo/JsonLd';
import { getAuthorPage, getAuthorProfile, type AuthorProfile } from '@/lib/authors/queries';
import { authorPageJsonLd } from '@/lib/seo/structured-data/pages';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';
import { listingMetadata } from './listing-metadata';
import { isSlug } from './route-params';
import { ListingView } from './ListingView';

// A reporter's or columnist's page (/author/hwang-joon-bum): photo, job title, contact and
// biography, then their stories. The biography is plain text in paragraphs, never HTML.

export async function authorListingMetadata(slug: string, page: number | null): Promise<Metadata> {
  const author = isSlug(slug) ? await getAuthorProfile(slug) : null;
  if (!author || page === null) return {};
  const role = author.jobTitle ? `${author.name}, ${author.jobTitle}` : author.name;
  return listingMetadata({
    title: author.name,
    description: author.bio.split(/\n\s*\n/)[0]?.trim() || `Stories by ${role}, ${site.name}.`,
    path: paths.author(author.slug),
    listing: await getAuthorPage(author, page),
    feed: { kind: 'author', slug: author.slug },
    photo: author.photo,
    type: 'profile',
  });
}

function AuthorHeader({ author }: { author: AuthorProfile }) {
  const paragraphs = author.bio.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <header className="page-header author-header">
      {author.photo && <Photo photo={author.photo} sizes="8rem" className="author-photo" priority />}
      <div>
        <p className="section-label">{author.isColumnist ? 'Columnist' : 'Reporter'}</p>
        <h1>{author.name}</h1>
        {author.jobTitle && <p className="author-job">{author.jobTitle}</p>}
        {author.email && (
          <p className="author-contact">
            <a href={`mailto:${author.email}`}>{author.email}</a>
          </p>
        )}
        {paragraphs.map((paragraph) => (
          <p key={paragraph} className="page-description">{paragraph}</p>
        ))}
      </div>
    </header>
  );
}

export async function AuthorListing({ slug, page }: { slug: string; page: number }) {
  const author = isSlug(slug) ? await getAuthorProfile(slug) : null;
  if (!author) notFound();
  const listing = await getAuthorPage(author, page);
  if (!listing) notFound();
  return (
    <>
      <JsonLd data={authorPageJsonLd(author)} />
      <ListingView
        header={<AuthorHeader author={author} />}
        listing={listing}
        href={(n) => paths.page(paths.author(author.slug), n)}
        empty={`No stories by ${author.name} yet.`}
      />
    </>
  );
}
