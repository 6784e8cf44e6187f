import type { ArticleStatus } from '@/generated/prisma/enums';
import type { ArticleAccess } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { markdownToPlainText } from '@/lib/markdown/plain-text';
import { mediaSummarySelect, toMediaSummary, type MediaSummary } from '@/lib/media/summary';
import { paths } from '@/lib/urls';
import type { ArticleFields } from './schema';
import { articleSelect, toArticleView } from './select';
import { snapshotInclude } from './snapshot';
import type { ArticleView } from './types';

// The newsroom's reads of one article: what the editor opens, and what a permission check needs.
// Unlike src/lib/articles/queries.ts these see every status; only newsroom pages call them.

export const AUTO_SUMMARY_LENGTH = 280;

export type PinSummary = { id: number; headline: string; status: ArticleStatus };

export type EditorArticle = {
  id: number;
  version: number;
  status: ArticleStatus;
  createdById: number | null;
  /** The public address (for a story that has been public), or null. */
  publicPath: string | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  modifiedAt: string | null;
  updatedAt: string;
  lastSavedBy: string | null;
  fields: ArticleFields;
  media: MediaSummary[];
  pins: PinSummary[];
  corrections: { id: number; text: string; createdAt: string }[];
};

export async function getArticleAccess(id: number): Promise<(ArticleAccess & { id: number; version: number }) | null> {
  const row = await db.article.findUnique({ where: { id }, select: { id: true, version: true, status: true, createdById: true, authors: { select: { authorId: true } } } });
  return row && { id: row.id, version: row.version, status: row.status, createdById: row.createdById, authorIds: row.authors.map((a) => a.authorId) };
}

export async function getArticleForEdit(id: number): Promise<EditorArticle | null> {
  const row = await db.article.findUnique({
    where: { id },
    include: {
      ...snapshotInclude,
      section: { select: { slug: true } },
      tags: { orderBy: { position: 'asc' }, include: { tag: { select: { name: true } } } },
      leadImage: { select: mediaSummarySelect },
      gallery: { orderBy: { position: 'asc' }, include: { media: { select: mediaSummarySelect } } },
      related: { where: { pinned: true }, orderBy: { position: 'asc' }, include: { relatedArticle: { select: { id: true, headline: true, status: true } } } },
      corrections: { orderBy: { createdAt: 'asc' }, select: { id: true, text: true, createdAt: true } },
      revisions: { orderBy: { version: 'desc' }, take: 1, select: { user: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const generatedSummary = markdownToPlainText(row.bodyMarkdown, AUTO_SUMMARY_LENGTH);
  const media = [...(row.leadImage ? [row.leadImage] : []), ...row.gallery.map((g) => g.media)];
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    createdById: row.createdById,
    publicPath: row.publishedAt ? paths.article(row) : null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    lastSavedBy: row.revisions[0]?.user?.name ?? null,
    fields: {
      headline: row.headline,
      subheadlines: row.subheadlines,
      summary: row.summary === generatedSummary ? '' : row.summary,
      bodyMarkdown: row.bodyMarkdown,
      kind: row.kind,
      sectionId: row.sectionId,
      topicIds: row.topics.map((t) => t.topicId),
      tags: row.tags.map((t) => t.tag.name),
      authors: row.authors.map((a) => ({ authorId: a.authorId, role: a.role })),
      leadImageId: row.leadImageId,
      gallery: row.gallery.map((g) => ({ mediaId: g.mediaId, caption: g.caption })),
      relatedPins: row.related.map((r) => r.relatedArticleId),
      originalUrl: row.originalUrl,
      videoUrl: row.videoUrl,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      slug: row.slug,
      frontPagePlacement: row.frontPagePlacement,
      frontPageRank: row.frontPageRank,
    },
    media: media.map(toMediaSummary),
    pins: row.related.map((r) => r.relatedArticle),
    corrections: row.corrections.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
  };
}

/** The story as readers would see it, in any status, for the newsroom's preview (never cached). */
export async function getArticlePreview(id: number): Promise<ArticleView | null> {
  const row = await db.article.findUnique({ where: { id }, select: { ...articleSelect, status: true, scheduledAt: true, createdById: true } });
  if (!row) return null;
  const view = toArticleView(row);
  const shownAt = row.publishedAt ?? row.scheduledAt ?? new Date();
  return { ...view, publishedAt: shownAt.toISOString() };
}
