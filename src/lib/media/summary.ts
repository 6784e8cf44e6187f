import { paths } from '@/lib/urls';
import { parseVariants, responsivePhoto } from './variants';

// A photo as the newsroom's pickers and lists show it: its words, its size and a thumbnail.

/** `src` is the size a story's body uses (about 960 px wide); `thumb` the smallest. */
export type MediaSummary = { id: number; key: string; alt: string; caption: string; credit: string; width: number; height: number; thumb: string | null; src: string | null };

export const mediaSummarySelect = { id: true, key: true, alt: true, caption: true, credit: true, width: true, height: true, variants: true } as const;

export function toMediaSummary(row: { id: number; key: string; alt: string; caption: string; credit: string; width: number; height: number; variants: unknown }): MediaSummary {
  const variants = parseVariants(row.variants);
  const thumb = variants.find((v) => v.name === 'w480' && v.format === 'jpeg') ?? variants.find((v) => v.format === 'jpeg');
  const { id, key, alt, caption, credit, width, height } = row;
  return { id, key, alt, caption, credit, width, height, thumb: thumb ? paths.media(thumb.key) : null, src: responsivePhoto(row)?.src ?? null };
}
