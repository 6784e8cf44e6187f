import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import type { ArticleStatus } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { refreshProxiedPagesAfterResponse } from '@/lib/cache/proxy-refresh';
import { tags } from '@/lib/cache/tags';
import { awaitReplicas } from '@/lib/db/client';
import { paths } from '@/lib/urls';
import { forgetGoneSlugs } from './gone';

// Which cached public pages an article appears on, and the one function that refreshes them
// after any change to it: a save, a workflow step, a correction, a restore or the scheduler.

export const footprintSelect = {
  id: true,
  slug: true,
  status: true,
  section: { select: { slug: true, parent: { select: { slug: true } } } },
  authors: { select: { author: { select: { slug: true } } } },
  topics: { select: { topic: { select: { slug: true } } } },
  tags: { select: { tag: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

export type ArticleFootprint = {
  id: number;
  slug: string;
  status: ArticleStatus;
  path: string;
  sections: string[];
  authors: string[];
  topics: string[];
  tags: string[];
};

type FootprintRow = Prisma.ArticleGetPayload<{ select: typeof footprintSelect }>;

export function toFootprint(row: FootprintRow): ArticleFootprint {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    path: paths.article(row),
    sections: [row.section.slug, ...(row.section.parent ? [row.section.parent.slug] : [])],
    authors: row.authors.map((a) => a.author.slug),
    topics: row.topics.map((t) => t.topic.slug),
    tags: row.tags.map((t) => t.tag.slug),
  };
}

/** In a server action `updateTag` (the next request waits for fresh data); elsewhere the same, by `revalidateTag`. */
export type ExpireTag = (tag: string) => void;
export const expireInAction: ExpireTag = (tag) => updateTag(tag);
export const expireInRoute: ExpireTag = (tag) => revalidateTag(tag, { expire: 0 });

function cacheTags(article: ArticleFootprint): string[] {
  return [
    ...article.sections.map(tags.section),
    ...article.authors.map(tags.author),
    ...article.topics.map(tags.topic),
    ...article.tags.map(tags.tag),
  ];
}

/**
 * What the front proxy refreshes at once, most read first: the front page, the story's own
 * address(es), then the first page of every list it was or is on.
 */
function listedPages(states: ArticleFootprint[]): string[] {
  const pages = [
    paths.home(),
    ...states.map((state) => state.path),
    paths.latest(),
    ...states.flatMap((state) => [
      ...state.sections.map(paths.section),
      ...state.authors.map(paths.author),
      ...state.topics.map(paths.topic),
      ...state.tags.map(paths.tag),
    ]),
  ];
  return [...new Set(pages)];
}

/**
 * Refreshes every page that showed the article before the change or shows it after: its old
 * and new address, every list it was or is on (front page, sections, topics, authors, tags,
 * feeds and sitemaps, all tagged `articles`) and most viewed, in the app's cache and then in
 * the front proxy's. A story that was not public before and is not public now touches nothing
 * readers can see. With read replicas it first waits for them to have the change, since the
 * pages are re-rendered from them.
 */
export async function revalidateArticle(before: ArticleFootprint | null, after: ArticleFootprint | null, expire: ExpireTag = expireInAction) {
  const states = [before, after].filter((state) => state !== null);
  const slugsChanged = states.some((state) => state.status === 'UNPUBLISHED') || before?.slug !== after?.slug;
  const shown = states.some((state) => state.status === 'PUBLISHED');
  if (!slugsChanged && !shown) return;
  await awaitReplicas();
  if (slugsChanged) forgetGoneSlugs();
  if (!shown) return;
  const expired = new Set([tags.articleLists, tags.mostViewed, ...states.flatMap(cacheTags)]);
  for (const tag of expired) expire(tag);
  for (const path of new Set(states.map((state) => state.path))) revalidatePath(path);
  refreshProxiedPagesAfterResponse(listedPages(states));
}
