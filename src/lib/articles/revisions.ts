import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db/client';
import { articleSnapshot, snapshotInclude, type ArticleSnapshot, type SnapshotSource } from './snapshot';

// Every save leaves a revision: a full snapshot at the article's new version. Autosaves are
// the exception that keeps the table readable: one person's autosaves within AUTOSAVE_WINDOW_MS
// share a single revision, which always holds the latest text.

type Tx = Prisma.TransactionClient;

export const AUTOSAVE_NOTE = 'Autosaved';
export const AUTOSAVE_WINDOW_MS = 10 * 60 * 1000;

export type RevisionMeta = { userId: number | null; note: string; autosave?: boolean };

/** The article as `tx` now sees it, ready to snapshot. */
export function loadSnapshotSource(tx: Tx, articleId: number): Promise<SnapshotSource> {
  return tx.article.findUniqueOrThrow({ where: { id: articleId }, include: snapshotInclude });
}

/** Records the article (loaded with `snapshotInclude`) at its current version. */
export async function recordRevision(tx: Tx, article: SnapshotSource, { userId, note, autosave = false }: RevisionMeta, now = new Date()) {
  const articleId = article.id;
  const snapshot = articleSnapshot(article);
  if (autosave) {
    const latest = await tx.revision.findFirst({ where: { articleId }, orderBy: { version: 'desc' } });
    const joins = latest && latest.note === AUTOSAVE_NOTE && latest.userId === userId && now.getTime() - latest.createdAt.getTime() < AUTOSAVE_WINDOW_MS;
    if (joins) return tx.revision.update({ where: { id: latest.id }, data: { version: article.version, snapshot } });
  }
  return tx.revision.create({ data: { articleId, version: article.version, snapshot, note, userId, createdAt: now } });
}

export type RevisionListItem = { id: number; version: number; note: string | null; createdAt: Date; userName: string | null };

export async function listRevisions(articleId: number): Promise<RevisionListItem[]> {
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, note: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map(({ user, ...row }) => ({ ...row, userName: user?.name ?? null }));
}

export async function getRevision(articleId: number, revisionId: number) {
  const row = await db.revision.findFirst({
    where: { id: revisionId, articleId },
    select: { id: true, version: true, note: true, createdAt: true, snapshot: true, user: { select: { name: true } } },
  });
  return row && { ...row, snapshot: row.snapshot as ArticleSnapshot, userName: row.user?.name ?? null };
}
