import type { Metadata } from 'next';
import type { PhotoView } from '@/lib/articles/types';
import { photoCrops } from '@/lib/media/variants';
import { site } from '@/lib/site';
import { absoluteUrl } from '@/lib/urls';
import { feedContentType, seoPaths, siteFeed, type FeedScope } from './paths';

// Pieces every page's metadata shares: feed discovery links, the share image and robots rules.
// Every URL handed to Next's metadata is absolute. Next resolves each one with `new URL(url)` first
// and, when that throws, against metadataBase: a relative URL costs a thrown TypeError, about a
// dozen on every first render of an article and on every search.

/** Search results, previews, the newsroom and empty listings: keep out of the index, follow links. */
export const noIndex = { index: false, follow: true } satisfies Metadata['robots'];

export const siteName = `${site.name} ${site.edition}`;

/** The site's feeds, then this page's own (a section's, a topic's…), for feed readers to discover. */
export function feedLinks(scope?: { feed: FeedScope; name: string }): NonNullable<Metadata['alternates']>['types'] {
  const feeds = [{ feed: siteFeed, title: site.name }, ...(scope ? [{ feed: scope.feed, title: `${scope.name} : ${site.name}` }] : [])];
  return {
    [feedContentType.rss]: feeds.map(({ feed, title }) => ({ url: absoluteUrl(seoPaths.feed('rss', feed)), title: `${title} (RSS)` })),
    [feedContentType.atom]: feeds.map(({ feed, title }) => ({ url: absoluteUrl(seoPaths.feed('atom', feed)), title: `${title} (Atom)` })),
  };
}

type ShareImage = { url: string; width: number; height: number; alt: string };

/** A photo's 16:9 crop for link previews, or the publication's card when there is no photo. */
export function shareImage(photo: Pick<PhotoView, 'variants' | 'alt'> | null | undefined): ShareImage {
  const crop = photo && photoCrops(photo).find((c) => c.name === '16x9');
  if (crop && photo) return { url: absoluteUrl(crop.url), width: crop.width, height: crop.height, alt: photo.alt };
  return { url: absoluteUrl(seoPaths.shareCard), width: 1200, height: 630, alt: siteName };
}

/** Cuts a description at a word boundary so previews show whole words. */
export function clip(text: string, maxLength = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
