import { ActionError } from '@/lib/auth/action-error';
import { db } from '@/lib/db/client';
import { saveArticleFields, type SaveResult } from './mutations';
import { getRevision } from './revisions';
import { articleFieldsSchema, type ArticleFields } from './schema';
import type { ArticleSnapshot } from './snapshot';

// Restoring a revision saves its content as a new version (and so a new revision): nothing in
// between is lost. The story keeps its status, its schedule and its current address; its
// front-page placement comes back too when an editor restores (see saveArticleAction).

/** A snapshot as editor fields; bylines, topics, photos and pins deleted since are left out. */
export async function fieldsFromSnapshot(snapshot: ArticleSnapshot, slug = snapshot.slug): Promise<ArticleFields> {
  const mediaIds = [...(snapshot.leadImageId ? [snapshot.leadImageId] : []), ...snapshot.gallery.map((g) => g.mediaId)];
  const [tags, authors, topics, media, pins] = await Promise.all([
    db.tag.findMany({ where: { id: { in: snapshot.tagIds } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: snapshot.authors.map((a) => a.authorId) } }, select: { id: true } }),
    db.topic.findMany({ where: { id: { in: snapshot.topicIds } }, select: { id: true } }),
    db.media.findMany({ where: { id: { in: mediaIds } }, select: { id: true } }),
    db.article.findMany({ where: { id: { in: snapshot.relatedPins } }, select: { id: true } }),
  ]);
  const exists = (rows: { id: number }[]) => (id: number) => rows.some((row) => row.id === id);
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  return {
    headline: snapshot.headline,
    subheadlines: snapshot.subheadlines,
    summary: snapshot.summary,
    bodyMarkdown: snapshot.bodyMarkdown,
    kind: snapshot.kind as ArticleFields['kind'],
    sectionId: snapshot.sectionId,
    topicIds: snapshot.topicIds.filter(exists(topics)),
    tags: snapshot.tagIds.flatMap((id) => tagName.get(id) ?? []),
    authors: snapshot.authors.filter((a) => exists(authors)(a.authorId)),
    leadImageId: snapshot.leadImageId && exists(media)(snapshot.leadImageId) ? snapshot.leadImageId : null,
    gallery: snapshot.gallery.filter((g) => exists(media)(g.mediaId)),
    relatedPins: snapshot.relatedPins.filter(exists(pins)),
    originalUrl: snapshot.originalUrl,
    videoUrl: snapshot.videoUrl,
    seoTitle: snapshot.seoTitle,
    seoDescription: snapshot.seoDescription,
    slug,
    frontPagePlacement: snapshot.frontPagePlacement as ArticleFields['frontPagePlacement'],
    frontPageRank: snapshot.frontPageRank,
  };
}

/** `setPlacement` as for saveArticleFields: without it the story keeps its current front-page placement. */
export async function restoreRevision(articleId: number, version: number, revisionId: number, by: { userId: number; setPlacement: boolean }): Promise<SaveResult> {
  const [revision, article] = await Promise.all([
    getRevision(articleId, revisionId),
    db.article.findUnique({ where: { id: articleId }, select: { slug: true } }),
  ]);
  if (!revision || !article) throw new ActionError('not-found', 'This revision no longer exists.');
  const parsed = articleFieldsSchema.safeParse(await fieldsFromSnapshot(revision.snapshot, article.slug));
  if (!parsed.success) {
    throw new ActionError('invalid', `Version ${revision.version} cannot be restored as it is: ${parsed.error.issues[0]?.message ?? 'it is incomplete.'}`);
  }
  return saveArticleFields(articleId, version, parsed.data, { userId: by.userId, note: `Restored version ${revision.version}` }, { setPlacement: by.setPlacement });
}
