import type { Element } from 'hast';
import { isAllowedImageSrc } from './schema';

export type ResolvedImage = { src: string; srcSet?: string; sizes?: string; width?: number; height?: number };

export type ResolveImage = (src: string) => ResolvedImage | null;

/**
 * The content importer resolves `images/foo.jpg` to stored media with a srcset. Without a
 * resolver, or when it knows nothing of the path, the image keeps its src only if it is already
 * one a body may use; otherwise there is no image at all rather than a broken or foreign one.
 */
function resolve(src: string, resolveImage: ResolveImage | undefined): ResolvedImage | null {
  const resolved = resolveImage?.(src);
  if (resolved && isAllowedImageSrc(resolved.src)) return resolved;
  return isAllowedImageSrc(src) ? { src } : null;
}

export function imageElement(src: string, alt: string, resolveImage: ResolveImage | undefined): Element | null {
  const image = resolve(src, resolveImage);
  if (!image) return null;
  return {
    type: 'element',
    tagName: 'img',
    properties: {
      src: image.src,
      alt,
      width: image.width,
      height: image.height,
      srcSet: image.srcSet,
      sizes: image.sizes,
      loading: 'lazy',
      decoding: 'async',
    },
    children: [],
  };
}
