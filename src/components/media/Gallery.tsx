import type { PhotoView } from '@/lib/articles/types';
import { Photo } from './Photo';

/** An article's photo gallery, in the editors' order, each photo numbered with its caption and credit. */
export function Gallery({ photos }: { photos: PhotoView[] }) {
  if (photos.length === 0) return null;
  return (
    <section className="gallery" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading">
        Photos <span className="gallery-count">({photos.length})</span>
      </h2>
      <ol>
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <figure className="photo">
              <Photo photo={photo} sizes="(min-width: 60em) 45em, 100vw" />
              <figcaption>
                <span className="gallery-number">
                  {index + 1}/{photos.length}
                </span>{' '}
                {photo.caption} {photo.credit && <span className="credit">({photo.credit})</span>}
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </section>
  );
}
