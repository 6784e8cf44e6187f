import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import type { Prisma } from '@/generated/prisma/client';
import { tags } from '@/lib/cache/tags';
import { db, readDb } from '@/lib/db/client';
import { refreshRelatedArticles } from '@/lib/related/refresh-related';
import { articleSelect, cardSelect, toArticleView, toCard } from './select';
import type { ArticleCard, ArticleView } from './types';

// Public reads. Every one filters to published articles: readers never see anything else.

export const published = { status: 'PUBLISHED' } satisfies Prisma.ArticleWhereInput;
const newestFirst = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ArticleOrderByWithRelationInput[];

async function findPublishedArticle(slug: string): Promise<ArticleView | null> {
  const row = await readDb.article.findFirst({ where: { slug, ...published }, select: articleSelect });
  return row && toArticleView(row);
}

/**
 * One published article by slug; the page and its metadata share this cached read. On a first
 * render both miss the data cache at once, and unstable_cache would read the story twice: React's
 * `cache` makes them one call per render.
 */
export const getPublishedArticle = cache((slug: string): Promise<ArticleView | null> =>
  unstable_cache(findPublishedArticle, ['article', slug], { tags: [tags.articleLists, `article-slug:${slug}`] })(slug));

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

export function getSectionArticles(sectionSlug: string, take = 20): Promise<ArticleCard[]> {
  return unstable_cache(
    async () => {
      const rows = await readDb.article.findMany({
        where: { ...published, OR: [{ section: { slug: sectionSlug } }, { section: { parent: { slug: sectionSlug } } }] },
        orderBy: newestFirst,
        take,
        select: cardSelect,
      });
      return rows.map(toCard);
    },
    ['section-latest', sectionSlug, String(take)],
    { tags: [tags.articleLists, tags.section(sectionSlug)], revalidate: 300 },
  )();
}

function findRankedRelated(articleId: number, take: number, client = readDb) {
  return client.relatedArticle.findMany({
    where: { articleId, relatedArticle: published },
    orderBy: [{ pinned: 'desc' }, { position: 'asc' }, { score: 'desc' }],
    take,
    select: { pinned: true, relatedArticle: { select: cardSelect } },
  });
}

/**
 * Related stories: an editor's pins first, then those precomputed on publish (computed now when
 * a story shows none; see src/lib/related), then the section's newest.
 */
export function getRelatedArticles(articleId: number, sectionSlug: string, take = 5): Promise<ArticleCard[]> {
  return unstable_cache(
    async () => {
      let ranked = await findRankedRelated(articleId, take);
      if (ranked.length < take && ranked.every((r) => r.pinned)) {
        await refreshRelatedArticles(articleId);
        // Read back where they were just written: a read replica may not have them yet.
        ranked = await findRankedRelated(articleId, take, db);
      }
      const cards = ranked.map((r) => toCard(r.relatedArticle));
      if (cards.length < take) {
        const fill = await readDb.article.findMany({
          where: { ...published, section: { slug: sectionSlug }, id: { notIn: [articleId, ...cards.map((c) => c.id)] } },
          orderBy: newestFirst,
          take: take - cards.length,
          select: cardSelect,
        });
        cards.push(...fill.map(toCard));
      }
      return cards;
    },
    ['related', String(articleId), String(take)],
    { tags: [tags.articleLists, tags.article(articleId)], revalidate: 600 },
  )();
}
