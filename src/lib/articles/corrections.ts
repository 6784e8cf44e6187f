import { ActionError } from '@/lib/auth/action-error';
import { db } from '@/lib/db/client';
import { notFound } from './mutations';
import { footprintSelect, toFootprint, type ArticleFootprint } from './revalidate';

// A correction is appended, dated, never edited: readers see every one under the story (and
// in its structured data). On a published story it also marks the story as updated.

export async function addCorrection(articleId: number, text: string, userId: number, now = new Date()): Promise<ArticleFootprint> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true, publishedAt: true } });
    if (!article) throw notFound();
    if (!article.publishedAt) throw new ActionError('invalid', 'Corrections are for stories readers have seen. Edit the draft instead.');
    await tx.correction.create({ data: { articleId, text, createdById: userId, createdAt: now } });
    if (article.status === 'PUBLISHED') await tx.article.update({ where: { id: articleId }, data: { modifiedAt: now } });
    return toFootprint(await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: footprintSelect }));
  });
}
