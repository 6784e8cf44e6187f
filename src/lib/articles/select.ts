import type { Prisma } from '@/generated/prisma/client';
import type { ArticleCard, ArticleView, PhotoView, StoryLink } from './types';

// The Prisma selections public pages use and their mapping to plain views.

export const photoSelect = {
  id: true, width: true, height: true, alt: true, caption: true, credit: true, variants: true,
} satisfies Prisma.MediaSelect;

/** What a headline list needs (`StoryLink`): no photo, summary or bylines to read and carry. */
export const linkSelect = {
  id: true,
  slug: true,
  headline: true,
  section: { select: { slug: true } },
} satisfies Prisma.ArticleSelect;

export const cardSelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  kind: true,
  publishedAt: true,
  section: { select: { slug: true, name: true } },
  leadImage: { select: photoSelect },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

export const articleSelect = {
  ...cardSelect,
  subheadlines: true,
  bodyHtml: true,
  language: true,
  modifiedAt: true,
  updatedAt: true,
  videoUrl: true,
  seoTitle: true,
  seoDescription: true,
  originalUrl: true,
  originalArticle: { select: { slug: true, language: true, status: true, section: { select: { slug: true } } } },
  translations: { where: { status: 'PUBLISHED' }, select: { slug: true, language: true, section: { select: { slug: true } } } },
  section: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
  authors: {
    orderBy: { position: 'asc' },
    select: {
      role: true,
      author: { select: { slug: true, name: true, jobTitle: true, email: true, isColumnist: true, photo: { select: photoSelect } } },
    },
  },
  topics: { orderBy: { position: 'asc' }, select: { topic: { select: { slug: true, name: true } } } },
  tags: { orderBy: { position: 'asc' }, select: { tag: { select: { slug: true, name: true } } } },
  gallery: { orderBy: { position: 'asc' }, select: { caption: true, media: { select: photoSelect } } },
  corrections: { orderBy: { createdAt: 'asc' }, select: { id: true, text: true, createdAt: true } },
} satisfies Prisma.ArticleSelect;

type LinkRow = Prisma.ArticleGetPayload<{ select: typeof linkSelect }>;
type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;
type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

export function toLink(row: LinkRow): StoryLink {
  return { id: row.id, slug: row.slug, headline: row.headline, section: row.section };
}

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    summary: row.summary,
    kind: row.kind,
    section: row.section,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    leadImage: row.leadImage as PhotoView | null,
    bylines: row.authors.map((a) => a.author),
  };
}

export function toArticleView(row: ArticleRow): ArticleView {
  const original = row.originalArticle?.status === 'PUBLISHED' ? row.originalArticle : null;
  return {
    ...toCard(row),
    subheadlines: row.subheadlines,
    bodyHtml: row.bodyHtml,
    language: row.language,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    videoUrl: row.videoUrl,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    originalUrl: row.originalUrl,
    original: original && { slug: original.slug, sectionSlug: original.section.slug, language: original.language },
    translations: row.translations.map((t) => ({ slug: t.slug, sectionSlug: t.section.slug, language: t.language })),
    section: row.section,
    authors: row.authors.map(({ role, author }) => ({
      slug: author.slug,
      name: author.name,
      role: role ?? author.jobTitle,
      email: author.email,
      isColumnist: author.isColumnist,
      photo: author.photo as PhotoView | null,
    })),
    topics: row.topics.map((t) => t.topic),
    tags: row.tags.map((t) => t.tag),
    gallery: row.gallery.map((g) => ({ ...(g.media as PhotoView), caption: g.caption ?? g.media.caption })),
    corrections: row.corrections.map((c) => ({ id: c.id, text: c.text, createdAt: c.createdAt.toISOString() })),
  };
}
