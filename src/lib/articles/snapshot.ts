import type { Prisma } from '@/generated/prisma/client';

// A revision stores every field an editor can change, so any two can be compared and any one restored.

export type ArticleSnapshot = {
  slug: string;
  status: string;
  kind: string;
  headline: string;
  subheadlines: string[];
  summary: string;
  bodyMarkdown: string;
  sectionId: number;
  leadImageId: number | null;
  videoUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  originalUrl: string | null;
  frontPagePlacement: string;
  frontPageRank: number;
  publishedAt: string | null;
  scheduledAt: string | null;
  authors: { authorId: number; role: string | null }[];
  topicIds: number[];
  tagIds: number[];
  gallery: { mediaId: number; caption: string | null }[];
  relatedPins: number[];
};

export const snapshotInclude = {
  authors: { orderBy: { position: 'asc' } },
  topics: { orderBy: { position: 'asc' } },
  tags: { orderBy: { position: 'asc' } },
  gallery: { orderBy: { position: 'asc' } },
  related: { where: { pinned: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.ArticleInclude;

export type SnapshotSource = Prisma.ArticleGetPayload<{ include: typeof snapshotInclude }>;

export function articleSnapshot(article: SnapshotSource): ArticleSnapshot {
  return {
    slug: article.slug,
    status: article.status,
    kind: article.kind,
    headline: article.headline,
    subheadlines: article.subheadlines,
    summary: article.summary,
    bodyMarkdown: article.bodyMarkdown,
    sectionId: article.sectionId,
    leadImageId: article.leadImageId,
    videoUrl: article.videoUrl,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    originalUrl: article.originalUrl,
    frontPagePlacement: article.frontPagePlacement,
    frontPageRank: article.frontPageRank,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    scheduledAt: article.scheduledAt?.toISOString() ?? null,
    authors: article.authors.map((a) => ({ authorId: a.authorId, role: a.role })),
    topicIds: article.topics.map((t) => t.topicId),
    tagIds: article.tags.map((t) => t.tagId),
    gallery: article.gallery.map((g) => ({ mediaId: g.mediaId, caption: g.caption })),
    relatedPins: article.related.map((r) => r.relatedArticleId),
  };
}
