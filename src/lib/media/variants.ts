import { paths } from '@/lib/urls';
import type { MediaVariant } from './process-image';

// Turns a stored photo's variant list into what <picture>/<img> and structured data need.

export type ResponsivePhoto = {
  src: string;
  width: number;
  height: number;
  webpSrcSet: string;
  jpegSrcSet: string;
};

export function parseVariants(value: unknown): MediaVariant[] {
  return Array.isArray(value) ? (value as MediaVariant[]) : [];
}

function srcSet(variants: MediaVariant[], format: MediaVariant['format']) {
  return variants
    .filter((v) => v.format === format && v.name.startsWith('w'))
    .sort((a, b) => a.width - b.width)
    .map((v) => `${paths.media(v.key)} ${v.width}w`)
    .join(', ');
}

export function responsivePhoto(media: { width: number; height: number; variants: unknown }): ResponsivePhoto | null {
  const variants = parseVariants(media.variants);
  const jpegs = variants.filter((v) => v.format === 'jpeg' && v.name.startsWith('w')).sort((a, b) => a.width - b.width);
  const fallback = jpegs.find((v) => v.width >= 960) ?? jpegs.at(-1);
  if (!fallback) return null;
  return {
    src: paths.media(fallback.key),
    width: media.width,
    height: media.height,
    webpSrcSet: srcSet(variants, 'webp'),
    jpegSrcSet: srcSet(variants, 'jpeg'),
  };
}

/** The 16x9, 4x3 and 1x1 crops (each at least 1200 px wide) for structured data and social cards. */
export function photoCrops(media: { variants: unknown }): { name: string; url: string; width: number; height: number }[] {
  return parseVariants(media.variants)
    .filter((v) => ['16x9', '4x3', '1x1'].includes(v.name))
    .map((v) => ({ name: v.name, url: paths.media(v.key), width: v.width, height: v.height }));
}
