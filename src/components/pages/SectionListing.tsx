import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/JsonLd';
import { getSection, getSectionPage } from '@/lib/sections/queries';
import { sectionPageJsonLd } from '@/lib/seo/structured-data/pages';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';
import { listingMetadata } from './listing-metadata';
import { isSlug } from './route-params';
import { ListingHeader, ListingView } from './ListingView';

// A section's pages (/north-korea, /north-korea/page/2). A parent section (Opinion) lists its
// subsections' stories too; columns there carry their columnist's name and photo.

export async function sectionListingMetadata(slug: string, page: number | null): Promise<Metadata> {
  const section = isSlug(slug) ? await getSection(slug) : null;
  if (!section || page === null) return {};
  return listingMetadata({
    title: section.name,
    description: section.description || `The latest ${section.name} news from ${site.name}.`,
    path: paths.section(section.slug),
    listing: await getSectionPage(section, page),
    feed: { kind: 'section', slug: section.slug },
  });
}

export async function SectionListing({ slug, page }: { slug: string; page: number }) {
  const section = isSlug(slug) ? await getSection(slug) : null;
  if (!section) notFound();
  const listing = await getSectionPage(section, page);
  if (!listing) notFound();
  const header = (
    <ListingHeader
      label={section.parent && <a href={paths.section(section.parent.slug)}>{section.parent.name}</a>}
      title={section.name}
      description={section.description}
    >
      {section.children.length > 0 && (
        <nav aria-label={`${section.name} subsections`} className="subsection-nav">
          <ul>
            {section.children.map((child) => (
              <li key={child.slug}>
                <a href={paths.section(child.slug)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ListingHeader>
  );
  return (
    <>
      <JsonLd data={sectionPageJsonLd(section, listing.stories, page)} />
      <ListingView header={header} listing={listing} href={(n) => paths.page(paths.section(section.slug), n)} empty="No stories in this section yet." />
    </>
  );
}
