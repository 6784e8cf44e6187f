import type { PhotoView } from '@/lib/articles/types';
import { responsivePhoto } from '@/lib/media/variants';

type Props = { photo: PhotoView; sizes: string; priority?: boolean; className?: string };

/**
 * A stored photo as <picture>: WebP at every stored width, and for the rare browser without
 * WebP the 960 px JPEG alone (a JPEG srcset too would add a tenth to a list page's HTML).
 */
export function Photo({ photo, sizes, priority = false, className }: Props) {
  const image = responsivePhoto(photo);
  if (!image) return null;
  return (
    <picture className={className}>
      <source type="image/webp" srcSet={image.webpSrcSet} sizes={sizes} />
      <img
        src={image.src}
        width={image.width}
        height={image.height}
        alt={photo.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}

/** A photo with its caption and agency credit, as the paper prints them. */
export function CaptionedPhoto({ photo, sizes, priority }: Omit<Props, 'className'>) {
  return (
    <figure className="photo">
      <Photo photo={photo} sizes={sizes} priority={priority} />
      {(photo.caption || photo.credit) && (
        <figcaption>
          {photo.caption} {photo.credit && <span className="credit">({photo.credit})</span>}
        </figcaption>
      )}
    </figure>
  );
}
