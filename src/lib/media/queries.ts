import type { Prisma } from '@/generated/prisma/client';
import { mediaSummarySelect, toMediaSummary, type MediaSummary } from './summary';
import { db } from '@/lib/db/client';

// The media library's reads: photos found by their words (alt text, caption, credit, file name).

export const MEDIA_PER_PAGE = 24;

export type LibraryPhoto = MediaSummary & { originalFilename: string; uploadedById: number | null; uploadedBy: string | null; createdAt: string; uses: number };

export async function searchMedia({ q, page = 1 }: { q?: string; page?: number }, perPage = MEDIA_PER_PAGE) {
  const words = q ? q.split(/\s+/).filter(Boolean).slice(0, 8) : [];
  const where: Prisma.MediaWhereInput = {
    AND: words.map((word) => ({
      OR: (['alt', 'caption', 'credit', 'originalFilename'] as const).map((field) => ({ [field]: { contains: word, mode: 'insensitive' } })),
    })),
  };
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: { ...mediaSummarySelect, originalFilename: true, uploadedById: true, createdAt: true, uploadedBy: { select: { name: true } }, _count: { select: { leadOf: true, galleries: true } } },
    }),
  ]);
  const photos: LibraryPhoto[] = rows.map((row) => ({
    ...toMediaSummary(row),
    originalFilename: row.originalFilename,
    uploadedById: row.uploadedById,
    uploadedBy: row.uploadedBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    uses: row._count.leadOf + row._count.galleries,
  }));
  return { photos, total, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export async function getMediaForEdit(id: number) {
  const row = await db.media.findUnique({ where: { id }, select: { ...mediaSummarySelect, originalFilename: true, uploadedById: true, mimeType: true, bytes: true, createdAt: true } });
  return row && { ...toMediaSummary(row), originalFilename: row.originalFilename, uploadedById: row.uploadedById, mimeType: row.mimeType, bytes: row.bytes, createdAt: row.createdAt.toISOString() };
}
