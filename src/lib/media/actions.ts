'use server';

import { z } from 'zod';
import { revalidateArticle, footprintSelect, toFootprint } from '@/lib/articles/revalidate';
import { authedAction } from '@/lib/auth/action';
import { ActionError } from '@/lib/auth/action-error';
import { canEditMedia } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { mediaSearchSchema, updateMediaSchema } from './schema';
import { searchMedia } from './queries';
import { updateMediaMetadata } from './upload';

// The media library's actions. Uploads are a route handler (src/app/admin/media/upload/route.ts),
// so that a photo's bytes are read only after the session and permission are checked.

export const updateMediaAction = authedAction({ schema: updateMediaSchema, permission: 'media:upload' }, async ({ id, ...metadata }, user) => {
  const media = await db.media.findUnique({ where: { id }, select: { uploadedById: true } });
  if (!media) throw new ActionError('not-found', 'This photo is no longer in the library.');
  if (!canEditMedia(user, media)) throw new ActionError('forbidden', 'Only editors can change the words of a photo someone else uploaded.');
  await updateMediaMetadata(id, metadata);
  // Captions and credits appear on every published story that uses the photo.
  const stories = await db.article.findMany({ where: { status: 'PUBLISHED', OR: [{ leadImageId: id }, { gallery: { some: { mediaId: id } } }] }, select: footprintSelect });
  for (const story of stories.map(toFootprint)) await revalidateArticle(story, story);
  return { message: 'Photo details saved.' };
});

/** The editor's photo picker. */
export const searchMediaAction = authedAction(
  { schema: mediaSearchSchema.extend({ perPage: z.number().int().min(1).max(48).default(12) }), permission: 'media:upload' },
  async ({ q, page, perPage }) => searchMedia({ q, page }, perPage),
);
