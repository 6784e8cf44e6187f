import type { Prisma } from '@/generated/prisma/client';
import { ActionError, fieldError } from '@/lib/auth/action-error';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/directory/unique-violation';
import { markdownToPlainText } from '@/lib/markdown/plain-text';
import { renderMarkdown } from '@/lib/markdown/render';
import { refreshRelatedArticles } from '@/lib/related/refresh-related';
import { toSlug } from '@/lib/slug';
import { reservedArticleSlugs } from '@/lib/urls';
import { assertReferencesExist, claimSlug, replaceArticleRows, replacePins, tagIdsFor } from './article-rows';
import { AUTO_SUMMARY_LENGTH, getArticleForEdit } from './edit-queries';
import { footprintSelect, toFootprint, type ArticleFootprint } from './revalidate';
import { loadSnapshotSource, recordRevision, type RevisionMeta } from './revisions';
import type { ArticleFields, CreateArticleInput } from './schema';
import { articleSnapshot, snapshotInclude, type SnapshotSource } from './snapshot';

// Writes to an article's content. Callers have checked the permission (canEditArticle);
// every write is one transaction guarded by the version the editor opened (optimistic lock).

type Tx = Prisma.TransactionClient;

export type SavedArticle = { id: number; version: number; status: string; slug: string; savedAt: string; modifiedAt: string | null };
export type SaveResult = { before: ArticleFootprint | null; after: ArticleFootprint | null; saved: SavedArticle };

class StaleVersion extends Error {}
class NothingChanged extends Error {}

export function notFound(): ActionError {
  return new ActionError('not-found', 'This story no longer exists.');
}

/** The other person's version goes back to the editor, which shows both and lets the user choose. */
export async function conflictError(id: number): Promise<ActionError> {
  const current = await getArticleForEdit(id);
  if (!current) return notFound();
  const who = current.lastSavedBy ?? 'Someone else';
  return new ActionError('conflict', `${who} saved this story while you were editing. Compare the two versions and choose what to keep.`, { current });
}

/** A slug from the headline that no story uses or used: "budget-passes", then "budget-passes-2" … */
async function freeSlug(tx: Tx, headline: string): Promise<string> {
  const base = toSlug(headline, 'story').slice(0, 110);
  for (let n = 1; ; n += 1) {
    const slug = n === 1 && !reservedArticleSlugs.has(base) ? base : `${base}-${n}`;
    const taken = (await tx.article.count({ where: { slug } })) + (await tx.articleSlugRedirect.count({ where: { slug } }));
    if (taken === 0) return slug;
  }
}

/** A new draft, with the author linked to the user (if any) as its byline. */
export async function createArticle(input: CreateArticleInput, user: SessionUser): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    if ((await tx.section.count({ where: { id: input.sectionId } })) === 0) throw fieldError('sectionId', 'This section no longer exists.');
    const article = await tx.article.create({
      data: {
        ...input,
        slug: await freeSlug(tx, input.headline),
        createdById: user.id,
        authors: user.authorId ? { create: [{ authorId: user.authorId, position: 0 }] } : undefined,
      },
    });
    await recordRevision(tx, await loadSnapshotSource(tx, article.id), { userId: user.id, note: 'Created' });
    return { id: article.id };
  });
}

function contentData(fields: ArticleFields) {
  const { headline, subheadlines, kind, sectionId, leadImageId, originalUrl, videoUrl, seoTitle, seoDescription, slug, bodyMarkdown } = fields;
  return {
    headline, subheadlines, kind, sectionId, leadImageId, originalUrl, videoUrl, seoTitle, seoDescription, slug, bodyMarkdown,
    summary: fields.summary || markdownToPlainText(fields.bodyMarkdown, AUTO_SUMMARY_LENGTH),
    bodyHtml: renderMarkdown(fields.bodyMarkdown),
  };
}

function savedArticle(row: { id: number; version: number; status: string; slug: string; updatedAt: Date; modifiedAt: Date | null }): SavedArticle {
  return { id: row.id, version: row.version, status: row.status, slug: row.slug, savedAt: row.updatedAt.toISOString(), modifiedAt: row.modifiedAt?.toISOString() ?? null };
}

/** `setPlacement`: the caller may place stories on the front page; otherwise the story keeps its placement. */
export type SaveOptions = { setPlacement: boolean; now?: Date };

/**
 * Saves the editor's fields over `version`. A published story's changed content is live at
 * once and marked updated (modifiedAt; moving it on the front page is not an update to the
 * story); a changed slug of a story that has been public leaves a permanent redirect. When
 * nothing changed nothing is written (and there is nothing to refresh).
 */
export async function saveArticleFields(id: number, version: number, fields: ArticleFields, meta: RevisionMeta, { setPlacement, now = new Date() }: SaveOptions): Promise<SaveResult> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.article.findUnique({ where: { id }, include: snapshotInclude });
      if (!current) throw notFound();
      if (current.version !== version) throw new StaleVersion();
      await assertReferencesExist(tx, id, fields);
      if (fields.slug !== current.slug) {
        await claimSlug(tx, id, fields.slug);
        if (current.publishedAt) await tx.articleSlugRedirect.create({ data: { slug: current.slug, articleId: id } });
      }
      const before = toFootprint(await tx.article.findUniqueOrThrow({ where: { id }, select: footprintSelect }));
      const published = current.status === 'PUBLISHED';
      const placement = setPlacement ? { frontPagePlacement: fields.frontPagePlacement, frontPageRank: fields.frontPageRank } : {};
      const data = { ...contentData(fields), ...placement, version: { increment: 1 } };
      const { count } = await tx.article.updateMany({ where: { id, version }, data });
      if (count === 0) throw new StaleVersion();
      const listedAt = published ? current.publishedAt : null;
      const tagIds = await tagIdsFor(tx, fields.tags);
      await replaceArticleRows(tx, id, {
        authors: fields.authors.map((a, position) => ({ ...a, position, listedAt })),
        topics: fields.topicIds.map((topicId, position) => ({ topicId, position, listedAt })),
        tags: tagIds.map((tagId, position) => ({ tagId, position, listedAt })),
        gallery: fields.gallery.map((g, position) => ({ ...g, position })),
      });
      await replacePins(tx, id, fields.relatedPins);
      let saved = await loadSnapshotSource(tx, id);
      if (sameSnapshot(saved, current)) throw new NothingChanged();
      if (published && !sameContent(saved, current)) {
        saved = await tx.article.update({ where: { id }, data: { modifiedAt: now }, include: snapshotInclude });
        // New topics, tags, section or words may bring it other related stories: readers see them with the edit.
        await refreshRelatedArticles(id, tx);
      }
      await recordRevision(tx, saved, meta, now);
      const after = toFootprint(await tx.article.findUniqueOrThrow({ where: { id }, select: footprintSelect }));
      return { before, after, saved: savedArticle(saved) };
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw await conflictError(id);
    if (error instanceof NothingChanged) return unchanged(id);
    if (isUniqueViolation(error, 'slug')) throw fieldError('slug', 'Another story already uses this address.');
    throw error;
  }
}

function sameSnapshot(a: SnapshotSource, b: SnapshotSource): boolean {
  return JSON.stringify(articleSnapshot(a)) === JSON.stringify(articleSnapshot(b));
}

/** The same story for readers of the article page: everything but where it sits on the front page. */
function sameContent(a: SnapshotSource, b: SnapshotSource): boolean {
  return sameSnapshot({ ...a, frontPagePlacement: b.frontPagePlacement, frontPageRank: b.frontPageRank }, b);
}

async function unchanged(id: number): Promise<SaveResult> {
  const row = await db.article.findUniqueOrThrow({ where: { id } });
  return { before: null, after: null, saved: savedArticle(row) };
}
