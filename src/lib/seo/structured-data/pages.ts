import type { Graph } from 'schema-dts';
import type { ArticleView } from '@/lib/articles/types';
import { paths } from '@/lib/urls';
import { jsonLdGraph } from '../json-ld';
import { articleJsonLd } from './article';
import { articleBreadcrumbs, sectionBreadcrumbs } from './breadcrumbs';
import { collectionPageJsonLd, profilePageJsonLd } from './collections';
import { publisherJsonLd, websiteJsonLd } from './publisher';

// What each public page type puts in its <JsonLd>: one graph per page.

type Story = { slug: string; section: { slug: string } };

export const frontPageJsonLd = (): Graph => jsonLdGraph(websiteJsonLd(), publisherJsonLd());

export const articlePageJsonLd = (article: ArticleView): Graph => jsonLdGraph(articleJsonLd(article), articleBreadcrumbs(article));

type Section = { slug: string; name: string; description?: string | null; parent: { slug: string; name: string } | null };

export function sectionPageJsonLd(section: Section, stories: Story[], page = 1): Graph {
  return jsonLdGraph(
    collectionPageJsonLd({ name: section.name, description: section.description, path: paths.page(paths.section(section.slug), page), stories }),
    sectionBreadcrumbs(section),
  );
}

/** Topics, tags and the site-wide lists (latest, multimedia). */
export function collectionJsonLd(listing: { name: string; description?: string | null; path: string }, stories: Story[]): Graph {
  return jsonLdGraph(collectionPageJsonLd({ ...listing, stories }));
}

export const authorPageJsonLd = (author: Parameters<typeof profilePageJsonLd>[0]): Graph => jsonLdGraph(profilePageJsonLd(author));
