import type { CollectionPage, ItemList, Person, ProfilePage } from 'schema-dts';
import type { PhotoView } from '@/lib/articles/types';
import { photoCrops } from '@/lib/media/variants';
import { site } from '@/lib/site';
import { absoluteUrl, paths } from '@/lib/urls';
import { publisherId, websiteId } from './publisher';

// Listing pages: sections, topics and tags are CollectionPages of their stories; an author's
// page is a ProfilePage about the journalist.

type Story = { slug: string; section: { slug: string } };

function storyList(stories: Story[]): ItemList {
  return {
    '@type': 'ItemList',
    itemListElement: stories.map((story, index) => ({ '@type': 'ListItem', position: index + 1, url: absoluteUrl(paths.article(story)) })),
  };
}

type CollectionInput = { name: string; description?: string | null; path: string; stories: Story[] };

export function collectionPageJsonLd({ name, description, path, stories }: CollectionInput): CollectionPage {
  const url = absoluteUrl(path);
  return {
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name,
    ...(description && { description }),
    inLanguage: site.language,
    isPartOf: { '@id': websiteId() },
    ...(stories.length > 0 && { mainEntity: storyList(stories) }),
  };
}

type AuthorInput = { slug: string; name: string; jobTitle: string; bio: string; photo?: Pick<PhotoView, 'variants'> | null };

export function profilePageJsonLd(author: AuthorInput): ProfilePage {
  const url = absoluteUrl(paths.author(author.slug));
  const portrait = author.photo && photoCrops(author.photo).find((c) => c.name === '1x1');
  const person: Person = {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: author.name,
    url,
    ...(author.jobTitle && { jobTitle: author.jobTitle }),
    ...(author.bio && { description: author.bio }),
    ...(portrait && { image: absoluteUrl(portrait.url) }),
    worksFor: { '@id': publisherId() },
  };
  return { '@type': 'ProfilePage', '@id': url, url, name: author.name, inLanguage: site.language, isPartOf: { '@id': websiteId() }, mainEntity: person };
}
