'use client';

import { useEffect, useRef, useState } from 'react';
import type { MediaSummary } from '@/lib/media/summary';
import { searchMediaAction } from '@/lib/media/actions';
import { PhotoUploader } from '../photo-uploader';
import { Thumbnail } from '../thumbnail';

// A dialog to find a photo in the library (by its words) or upload a new one, and choose it.

const SEARCH_DELAY_MS = 300;

export function MediaPicker({ title, onChoose, onClose }: { title: string; onChoose: (media: MediaSummary) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ photos: MediaSummary[]; error?: string } | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const result = await searchMediaAction(null, { q: query, page: 1, perPage: 12 });
        if (current) setResults(result.ok ? { photos: result.data.photos } : { photos: [], error: result.message });
      } catch {
        if (current) setResults({ photos: [], error: 'The library could not be reached.' });
      }
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <dialog ref={dialog} className="media-picker" aria-labelledby="media-picker-title" onClose={onClose}>
      <div className="media-picker-head">
        <h2 id="media-picker-title">{title}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div className="admin-field">
        <label htmlFor="media-search">Search the library</label>
        <input id="media-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Caption, credit or alt text" />
      </div>
      {results?.error ? <p className="admin-error">{results.error}</p> : null}
      <ul className="media-grid">
        {results?.photos.map((photo) => (
          <li key={photo.id}>
            <Thumbnail src={photo.thumb} alt={photo.alt} width={160} photo={photo} />
            <p>{photo.caption || photo.alt}</p>
            <button type="button" onClick={() => { onChoose(photo); dialog.current?.close(); }}>Use this photo</button>
          </li>
        ))}
      </ul>
      {results && results.photos.length === 0 && !results.error ? <p>No photos match.</p> : null}
      <details className="media-picker-upload">
        <summary>Upload a new photo</summary>
        <PhotoUploader onUploaded={(media) => { onChoose(media); dialog.current?.close(); }} />
      </details>
    </dialog>
  );
}
