import { Feed, type Item } from 'feed';
import { site } from '@/lib/site';
import { kstDay } from '@/lib/time/kst';
import { absoluteUrl, paths, siteUrl } from '@/lib/urls';
import { seoPaths, type FeedFormat, type FeedScope } from '../paths';
import type { FeedView } from './queries';
import { lastUpdated, type FeedEntry } from './select';

// RSS 2.0 and Atom 1.0 from one feed view. Atom titles and both formats' summaries are HTML
// (escaped here); an RSS title is plain text in CDATA. Dates: RFC 822 (RSS), RFC 3339 (Atom).

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
const bylineList = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * A story's feed id, fixed for its lifetime: an RFC 4151 tag URI on the site's host, dated the
 * day the story was created, with the database id. Never the URL, which changes with the slug.
 */
export function articleGuid(entry: Pick<FeedEntry, 'id' | 'createdAt'>): string {
  return `tag:${new URL(siteUrl()).hostname},${kstDay(new Date(entry.createdAt))}:article:${entry.id}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The feed package writes RSS <author> without the e-mail address the format requires: RSS gets
 * the bylines as one dc:creator instead, Atom an <author> per byline with the author's page.
 */
function bylines(entry: FeedEntry, format: FeedFormat): Pick<Item, 'author' | 'extensions'> {
  if (entry.authors.length === 0) return {};
  if (format === 'atom') return { author: entry.authors.map((a) => ({ name: a.name, link: absoluteUrl(paths.author(a.slug)) })) };
  return { extensions: [{ name: 'dc:creator', objects: { _text: bylineList.format(entry.authors.map((a) => a.name)) } }] };
}

function item(entry: FeedEntry, format: FeedFormat): Item {
  const image = format === 'rss' ? entry.image?.jpeg : (entry.image?.webp ?? entry.image?.jpeg);
  return {
    title: format === 'atom' ? escapeHtml(entry.headline) : entry.headline,
    id: articleGuid(entry),
    guid: articleGuid(entry),
    link: absoluteUrl(entry.path),
    date: new Date(entry.updatedAt),
    published: new Date(entry.publishedAt),
    ...(entry.summary && { description: escapeHtml(entry.summary) }),
    ...(image && { enclosure: { ...image, url: absoluteUrl(image.url) } }),
    ...bylines(entry, format),
    // Atom puts categories in attributes, which the package does not fully escape: slugs only there.
    category: entry.categories.map((c) => (format === 'atom' ? { term: c.slug } : { name: c.name })),
  };
}

export function renderFeed(view: FeedView, scope: FeedScope, format: FeedFormat): string {
  const feed = new Feed({
    id: absoluteUrl(view.path),
    title: view.title,
    description: view.description,
    link: absoluteUrl(view.path),
    feed: absoluteUrl(seoPaths.feed(format, scope)),
    language: site.language,
    image: absoluteUrl(seoPaths.logo),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${site.name}`,
    // A fixed date when there is nothing yet, so an empty feed's ETag does not change every second.
    updated: lastUpdated(view.entries) ?? new Date(0),
    author: { name: site.name, link: absoluteUrl(paths.home()) },
    generator: false,
  });
  for (const entry of view.entries) feed.addItem(item(entry, format));
  if (format === 'atom') return feed.atom1();
  // dc:creator needs its namespace declared, which the package only does for full-text feeds.
  return feed.rss2().replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DUBLIN_CORE}"`);
}
