import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import type { Prisma } from '@/generated/prisma/client';
import { tags } from '@/lib/cache/tags';
import { db, readDb } from '@/lib/db/client';
import { refreshRelatedArticles } from '@/lib/related/refresh-related';
import { articleSelect, linkSelect, toArticleView, toLink } from './select';
import type { ArticleView, StoryLink } from './types';

// Public reads. Every one filters to published articles: readers never see anything else.

export const published = { status: 'PUBLISHED' } satisfies Prisma.ArticleWhereInput;
const newestFirst = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ArticleOrderByWithRelationInput[];

async function findPublishedArticle(slug: string): Promise<ArticleView | null> {
  const row = await readDb.article.findFirst({ where: { slug, ...published }, select: articleSelect });
  return row && toArticleView(row);
}

/**
 * One published article by slug, read once per render: the page and its metadata share it through
 * React's `cache`. Not in the data cache: only the article's page shows it, the page is cached
 * for as long as the data would be, and storing it twice cost a fifth of a first render's CPU
 * (README, "Caching").
 */
export const getPublishedArticle = cache(findPublishedArticle);

export type SlugStatus = { kind: 'redirect'; path: string } | { kind: 'gone' } | { kind: 'missing' };

/** What an unknown slug means: an old slug of a live story, an unpublished story, or nothing. */
export async function resolveMissingSlug(slug: string): Promise<SlugStatus> {
  const redirect = await readDb.articleSlugRedirect.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true, section: { select: { slug: true } } } } },
  });
  const article = redirect?.article ?? (await readDb.article.findUnique({ where: { slug }, select: { slug: true, status: true, section: { select: { slug: true } } } }));
  if (article?.status === 'PUBLISHED') return { kind: 'redirect', path: `/${article.section.slug}/${article.slug}` };
  if (article?.status === 'UNPUBLISHED') return { kind: 'gone' };
  return { kind: 'missing' };
}

/** A section's newest headlines, its subsections' included (the article sidebar's opinion list). */
export function getSectionHeadlines(sectionSlug: string, take: number): Promise<StoryLink[]> {
  return unstable_cache(
    async () => {
      const rows = await readDb.article.findMany({
        where: { ...published, OR: [{ section: { slug: sectionSlug } }, { section: { parent: { slug: sectionSlug } } }] },
        orderBy: newestFirst,
        take,
        select: linkSelect,
      });
      return rows.map(toLink);
    },
    ['section-headlines', sectionSlug, String(take)],
    { tags: [tags.articleLists, tags.section(sectionSlug)], revalidate: 300 },
  )();
}

function findRankedRelated(articleId: number, take: number, client = readDb) {
  return client.relatedArticle.findMany({
    where: { articleId, relatedArticle: published },
    orderBy: [{ pinned: 'desc' }, { position: 'asc' }, { score: 'desc' }],
    take,
    select: { pinned: true, relatedArticle: { select: linkSelect } },
  });
}

/**
 * Related stories: an editor's pins first, then those precomputed on publish (computed now when
 * a story shows none; see src/lib/related), then the section's newest. Only the story's own page
 * shows them, so, like the story, they are cached as that page and not in the data cache.
 */
export async function getRelatedArticles(articleId: number, sectionSlug: string, take = 5): Promise<StoryLink[]> {
  let ranked = await findRankedRelated(articleId, take);
  if (ranked.length < take && ranked.every((r) => r.pinned)) {
    await refreshRelatedArticles(articleId);
    // Read back where they were just written: a read replica may not have them yet.
    ranked = await findRankedRelated(articleId, take, db);
  }
  const stories = ranked.map((r) => toLink(r.relatedArticle));
  if (stories.length < take) {
    const fill = await readDb.article.findMany({
      where: { ...published, section: { slug: sectionSlug }, id: { notIn: [articleId, ...stories.map((s) => s.id)] } },
      orderBy: newestFirst,
      take: take - stories.length,
      select: linkSelect,
    });
    stories.push(...fill.map(toLink));
  }
  return stories;
}
