import { mediaSummarySelect, toMediaSummary, type MediaSummary } from './summary';
import { db } from '@/lib/db/client';
import { processImage } from './process-image';
import type { MediaMetadata } from './schema';

// A newsroom upload: the bytes are checked and processed (process-image.ts refuses anything that
// is not a JPEG, PNG, WebP or AVIF photo, whatever its name), then recorded with its words. The
// same photo uploaded twice is one library entry: storage keys are content hashes.

export type UploadResult = { media: MediaSummary; existing: boolean };

export async function uploadPhoto(data: Buffer, metadata: MediaMetadata, filename: string, userId: number): Promise<UploadResult> {
  const image = await processImage(data);
  const existing = await db.media.findUnique({ where: { key: image.key }, select: mediaSummarySelect });
  if (existing) return { media: toMediaSummary(existing), existing: true };
  const media = await db.media.upsert({
    where: { key: image.key },
    update: {},
    create: {
      key: image.key,
      originalFilename: filename.slice(0, 200),
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      variants: image.variants,
      uploadedById: userId,
      ...metadata,
    },
    select: mediaSummarySelect,
  });
  return { media: toMediaSummary(media), existing: false };
}

export async function updateMediaMetadata(id: number, metadata: MediaMetadata) {
  return db.media.update({ where: { id }, data: metadata, select: mediaSummarySelect });
}
