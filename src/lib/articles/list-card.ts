import type { Prisma } from '@/generated/prisma/client';
import { videoEmbedUrl } from '@/lib/markdown/video';
import { cardSelect, photoSelect, toCard } from './select';
import type { ArticleCard, PhotoView } from './types';

// The card every public list shows: a story card plus what lists label it with, a column's
// columnist (name and photo) and whether it carries a video or a photo gallery.

export type ListCard = ArticleCard & {
  columnist: { slug: string; name: string; photo: PhotoView | null } | null;
  video: boolean;
  galleryPhotos: number;
};

export const listCardSelect = {
  ...cardSelect,
  videoUrl: true,
  _count: { select: { gallery: true } },
  authors: {
    orderBy: { position: 'asc' },
    select: { author: { select: { slug: true, name: true, isColumnist: true, photo: { select: photoSelect } } } },
  },
} satisfies Prisma.ArticleSelect;

type ListCardRow = Prisma.ArticleGetPayload<{ select: typeof listCardSelect }>;

export function toListCard(row: ListCardRow): ListCard {
  const bylines = row.authors.map(({ author }) => ({ author: { slug: author.slug, name: author.name } }));
  const columnist = row.kind === 'COLUMN' ? row.authors.find((a) => a.author.isColumnist)?.author : undefined;
  return {
    ...toCard({ ...row, authors: bylines }),
    columnist: columnist ? { slug: columnist.slug, name: columnist.name, photo: columnist.photo as PhotoView | null } : null,
    video: row.videoUrl !== null && videoEmbedUrl(row.videoUrl) !== null,
    galleryPhotos: row._count.gallery,
  };
}
