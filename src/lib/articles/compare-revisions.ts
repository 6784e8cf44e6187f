import { db } from '@/lib/db/client';
import { bodyChanges, changedFields, type DisplayNames } from './compare';
import { fieldsFromSnapshot } from './restore-revision';
import { getRevision } from './revisions';
import type { ArticleFields } from './schema';

// Two revisions of one story, compared for people: which fields changed (with names, not ids)
// and what happened to the text.

async function displayNames(versions: ArticleFields[]): Promise<DisplayNames> {
  const ids = <T>(pick: (fields: ArticleFields) => T[]) => [...new Set(versions.flatMap(pick))];
  const [sections, authors, topics, media, articles] = await Promise.all([
    db.section.findMany({ where: { id: { in: ids((f) => [f.sectionId]) } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: ids((f) => f.authors.map((a) => a.authorId)) } }, select: { id: true, name: true } }),
    db.topic.findMany({ where: { id: { in: ids((f) => f.topicIds) } }, select: { id: true, name: true } }),
    db.media.findMany({ where: { id: { in: ids((f) => [...(f.leadImageId ? [f.leadImageId] : []), ...f.gallery.map((g) => g.mediaId)]) } }, select: { id: true, caption: true, alt: true } }),
    db.article.findMany({ where: { id: { in: ids((f) => f.relatedPins) } }, select: { id: true, headline: true } }),
  ]);
  const byId = <T extends { id: number }>(rows: T[], name: (row: T) => string) => Object.fromEntries(rows.map((row) => [row.id, name(row)]));
  return {
    sections: byId(sections, (s) => s.name),
    authors: byId(authors, (a) => a.name),
    topics: byId(topics, (t) => t.name),
    media: byId(media, (m) => m.caption || m.alt),
    articles: byId(articles, (a) => a.headline),
  };
}

export async function compareRevisions(articleId: number, fromId: number, toId: number) {
  const [from, to] = await Promise.all([getRevision(articleId, fromId), getRevision(articleId, toId)]);
  if (!from || !to) return null;
  const [before, after] = await Promise.all([fieldsFromSnapshot(from.snapshot), fieldsFromSnapshot(to.snapshot)]);
  const names = await displayNames([before, after]);
  const statusChange = from.snapshot.status !== to.snapshot.status ? { before: from.snapshot.status, after: to.snapshot.status } : null;
  return { from, to, fields: changedFields(before, after, names), body: bodyChanges(before.bodyMarkdown, after.bodyMarkdown), statusChange };
}
