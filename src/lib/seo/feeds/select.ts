import type { Prisma } from '@/generated/prisma/client';
import { parseVariants } from '@/lib/media/variants';
import { paths } from '@/lib/urls';

// What a feed says about each story, as a plain view (dates as ISO strings) that survives the cache.

export type FeedImage = { url: string; type: string; length: number };

export type FeedEntry = {
  id: number;
  path: string;
  headline: string;
  summary: string;
  createdAt: string;
  publishedAt: string;
  /** The last change readers were told about ("Updated"), else the publish time. */
  updatedAt: string;
  authors: { slug: string; name: string }[];
  categories: { slug: string; name: string }[];
  /** The lead photo in JPEG (RSS readers) and WebP (Atom), each about 960 px wide. */
  image: { jpeg: FeedImage; webp: FeedImage | null } | null;
};

export const feedEntrySelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  createdAt: true,
  publishedAt: true,
  modifiedAt: true,
  section: { select: { slug: true, name: true } },
  leadImage: { select: { variants: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
  topics: { orderBy: { position: 'asc' }, select: { topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type FeedRow = Prisma.ArticleGetPayload<{ select: typeof feedEntrySelect }>;

function feedImage(variants: unknown, format: 'jpeg' | 'webp'): FeedImage | null {
  const widths = parseVariants(variants).filter((v) => v.format === format && v.name.startsWith('w')).sort((a, b) => a.width - b.width);
  const chosen = widths.find((v) => v.width >= 960) ?? widths.at(-1);
  return chosen ? { url: paths.media(chosen.key), type: `image/${format}`, length: chosen.bytes } : null;
}

export function toFeedEntry(row: FeedRow): FeedEntry {
  const publishedAt = row.publishedAt ?? row.createdAt;
  const jpeg = row.leadImage && feedImage(row.leadImage.variants, 'jpeg');
  return {
    id: row.id,
    path: paths.article(row),
    headline: row.headline,
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    publishedAt: publishedAt.toISOString(),
    updatedAt: (row.modifiedAt && row.modifiedAt > publishedAt ? row.modifiedAt : publishedAt).toISOString(),
    authors: row.authors.map((a) => a.author),
    categories: [row.section, ...row.topics.map((t) => t.topic)],
    image: jpeg ? { jpeg, webp: feedImage(row.leadImage?.variants, 'webp') } : null,
  };
}

/** When the newest change to any of the stories was made, if there are any. */
export function lastUpdated(entries: FeedEntry[]): Date | null {
  const newest = entries.map((e) => e.updatedAt).sort().at(-1);
  return newest ? new Date(newest) : null;
}
