'use client';

import type { ArticleFields } from '@/lib/articles/schema';
import type { MediaSummary } from '@/lib/media/summary';
import { Thumbnail } from '../thumbnail';
import { moved, Notes, RowButtons } from './controls';

// The lead photo and the gallery. Photos come from the media library (`onPick` opens the
// picker); a gallery caption, when given, replaces the photo's own caption in this story only.

type Props = {
  leadImageId: number | null;
  gallery: ArticleFields['gallery'];
  media: Record<number, MediaSummary>;
  onChange: (patch: Pick<ArticleFields, 'leadImageId'> | Pick<ArticleFields, 'gallery'>) => void;
  onPick: (title: string, choose: (media: MediaSummary) => void) => void;
  errors?: { lead?: string[]; gallery?: string[] };
};

function Thumb({ photo }: { photo: MediaSummary | undefined }) {
  return <Thumbnail className="photo-thumb" src={photo?.thumb ?? null} alt={photo?.alt ?? ''} width={96} photo={photo ?? { width: 1, height: 1 }} />;
}

export function PhotosField({ leadImageId, gallery, media, onChange, onPick, errors }: Props) {
  const lead = leadImageId ? media[leadImageId] : undefined;
  const nameOf = (id: number) => media[id]?.caption || media[id]?.alt || `Photo #${id}`;
  return (
    <fieldset className="editor-fieldset">
      <legend>Photos</legend>
      <div className="lead-photo">
        <h3>Lead photo</h3>
        {leadImageId ? (
          <div className="editor-photo">
            <Thumb photo={lead} />
            <span>{nameOf(leadImageId)} {lead?.credit ? <small>({lead.credit})</small> : null}</span>
            <button type="button" onClick={() => onPick('Change the lead photo', (photo) => onChange({ leadImageId: photo.id }))}>Change</button>
            <button type="button" onClick={() => onChange({ leadImageId: null })}>Remove</button>
          </div>
        ) : (
          <button type="button" onClick={() => onPick('Choose the lead photo', (photo) => onChange({ leadImageId: photo.id }))}>Choose a lead photo</button>
        )}
        <Notes id="leadImageId" errors={errors?.lead} />
      </div>
      <h3>Gallery</h3>
      <ol className="editor-rows">
        {gallery.map((item, index) => (
          <li key={item.mediaId} className="editor-photo">
            <Thumb photo={media[item.mediaId]} />
            <label>
              <span className="visually-hidden">Caption in this story for {nameOf(item.mediaId)}</span>
              <input
                type="text"
                value={item.caption ?? ''}
                placeholder={media[item.mediaId]?.caption || 'Caption in this story'}
                maxLength={1000}
                onChange={(e) => onChange({ gallery: gallery.map((g, i) => (i === index ? { ...g, caption: e.target.value || null } : g)) })}
              />
            </label>
            <RowButtons index={index} count={gallery.length} name={nameOf(item.mediaId)} onMove={(from, to) => onChange({ gallery: moved(gallery, from, to) })} onRemove={(i) => onChange({ gallery: gallery.filter((_, j) => j !== i) })} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onPick('Add a photo to the gallery', (photo) => {
          if (!gallery.some((g) => g.mediaId === photo.id)) onChange({ gallery: [...gallery, { mediaId: photo.id, caption: null }] });
        })}
      >
        Add a photo to the gallery
      </button>
      <Notes id="gallery" errors={errors?.gallery} />
    </fieldset>
  );
}
