import type { ReactNode } from 'react';
import { Pagination } from '@/components/lists/Pagination';
import { StoryCard } from '@/components/lists/StoryCard';
import type { ListingPage } from '@/lib/articles/listing';

type Props = { header: ReactNode; listing: ListingPage; href: (page: number) => string; empty: string };

/** One page of a list: its header, the stories (the first one large on page 1), newer/older links. */
export function ListingView({ header, listing, href, empty }: Props) {
  const [first, ...rest] = listing.stories;
  const leadFirst = listing.page === 1 && first !== undefined;
  return (
    <div className="listing">
      {header}
      {listing.stories.length === 0 ? (
        <p className="listing-empty">{empty}</p>
      ) : (
        <div className="story-grid">
          {leadFirst && <StoryCard story={first} headingLevel="h2" priority className="story-card-lead" sizes="(min-width: 60em) 45em, 100vw" />}
          {(leadFirst ? rest : listing.stories).map((story) => (
            <StoryCard key={story.id} story={story} headingLevel="h2" />
          ))}
        </div>
      )}
      <Pagination page={listing.page} hasNext={listing.hasNext} href={href} />
    </div>
  );
}

type HeaderProps = { label?: ReactNode; title: string; description?: string; children?: ReactNode };

export function ListingHeader({ label, title, description, children }: HeaderProps) {
  return (
    <header className="page-header">
      {label && <p className="section-label">{label}</p>}
      <h1>{title}</h1>
      {description && <p className="page-description">{description}</p>}
      {children}
    </header>
  );
}
