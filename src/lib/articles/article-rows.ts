import type { Prisma } from '@/generated/prisma/client';
import { fieldError } from '@/lib/auth/action-error';
import { toSlug } from '@/lib/slug';
import type { ArticleFields } from './schema';

// The rows around an article that a save rewrites: bylines, topics, tags, gallery and pins.
// Each list is replaced whole, in the editor's order; `listedAt` is the publish time while
// the story is public and null otherwise, so public lists page through these rows alone.

type Tx = Prisma.TransactionClient;

export type ArticleRows = {
  authors: { authorId: number; position: number; role: string | null; listedAt: Date | null }[];
  topics: { topicId: number; position: number; listedAt: Date | null }[];
  tags: { tagId: number; position: number; listedAt: Date | null }[];
  gallery: { mediaId: number; position: number; caption: string | null }[];
};

export async function replaceArticleRows(tx: Tx, articleId: number, rows: Partial<ArticleRows>): Promise<void> {
  const where = { articleId };
  const withArticle = <T>(list: T[]) => list.map((row) => ({ ...row, articleId }));
  if (rows.authors) {
    await tx.articleAuthor.deleteMany({ where });
    await tx.articleAuthor.createMany({ data: withArticle(rows.authors) });
  }
  if (rows.topics) {
    await tx.articleTopic.deleteMany({ where });
    await tx.articleTopic.createMany({ data: withArticle(rows.topics) });
  }
  if (rows.tags) {
    await tx.articleTag.deleteMany({ where });
    await tx.articleTag.createMany({ data: withArticle(rows.tags) });
  }
  if (rows.gallery) {
    await tx.articleMedia.deleteMany({ where });
    await tx.articleMedia.createMany({ data: withArticle(rows.gallery) });
  }
}

/** Pinned related stories, in order; precomputed (unpinned) ones for the same stories make way. */
export async function replacePins(tx: Tx, articleId: number, pinnedIds: number[]): Promise<void> {
  await tx.relatedArticle.deleteMany({ where: { articleId, OR: [{ pinned: true }, { relatedArticleId: { in: pinnedIds } }] } });
  await tx.relatedArticle.createMany({ data: pinnedIds.map((relatedArticleId, position) => ({ articleId, relatedArticleId, pinned: true, position })) });
}

/** Sets `listedAt` on every join row: the publish time while public, null otherwise. */
export async function setListedAt(tx: Tx, articleId: number, listedAt: Date | null): Promise<void> {
  const where = { articleId };
  await tx.articleAuthor.updateMany({ where, data: { listedAt } });
  await tx.articleTopic.updateMany({ where, data: { listedAt } });
  await tx.articleTag.updateMany({ where, data: { listedAt } });
}

/** Tag ids for the names an editor typed, creating tags that do not exist yet (same slug, same tag). */
export async function tagIdsFor(tx: Tx, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const slug = toSlug(name, 'tag');
    const tag = await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } });
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return ids;
}

/** Every id the form names must still exist: a missing one is a field error, not a database error. */
export async function assertReferencesExist(tx: Tx, articleId: number, fields: ArticleFields): Promise<void> {
  const mediaIds = [...(fields.leadImageId ? [fields.leadImageId] : []), ...fields.gallery.map((g) => g.mediaId)];
  // One after another: a transaction's queries share one connection.
  const section = await tx.section.count({ where: { id: fields.sectionId } });
  const authors = await tx.author.count({ where: { id: { in: fields.authors.map((a) => a.authorId) } } });
  const topics = await tx.topic.count({ where: { id: { in: fields.topicIds } } });
  const media = await tx.media.count({ where: { id: { in: mediaIds } } });
  const pins = await tx.article.count({ where: { id: { in: fields.relatedPins, not: articleId } } });
  if (section === 0) throw fieldError('sectionId', 'This section no longer exists. Choose another.');
  if (authors !== fields.authors.length) throw fieldError('authors', 'An author on the byline no longer exists.');
  if (topics !== fields.topicIds.length) throw fieldError('topicIds', 'A topic no longer exists.');
  if (media !== new Set(mediaIds).size) throw fieldError('gallery', 'A photo no longer exists in the media library.');
  if (pins !== fields.relatedPins.length) throw fieldError('relatedPins', 'A pinned story no longer exists (or is this story).');
}

/**
 * Frees `slug` for the article, or explains why it cannot have it: another story uses it now,
 * or used it once (its old address still redirects there). The article's own old slug may be
 * taken back: its redirect row goes.
 */
export async function claimSlug(tx: Tx, articleId: number, slug: string): Promise<void> {
  const owner = await tx.article.findUnique({ where: { slug }, select: { id: true } });
  const redirect = await tx.articleSlugRedirect.findUnique({ where: { slug }, select: { articleId: true } });
  if (owner && owner.id !== articleId) throw fieldError('slug', 'Another story already uses this address.');
  if (redirect && redirect.articleId !== articleId) throw fieldError('slug', 'Another story used this address before; its old links still point there.');
  if (redirect) await tx.articleSlugRedirect.delete({ where: { slug } });
}
