'use client';

import { useState, type FormEvent } from 'react';
import type { MediaSummary } from '@/lib/media/summary';

// Uploads one photo with its alt text, caption and credit to the upload route. The server
// checks the bytes; the browser's `accept` only narrows the file chooser.

type Failure = { message: string; fieldErrors?: Record<string, string[]> };

export function PhotoUploader({ onUploaded }: { onUploaded: (media: MediaSummary, existing: boolean) => void }) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setFailure(null);
    try {
      const response = await fetch('/admin/media/upload', { method: 'POST', body: new FormData(form) });
      const body = await response.json().catch(() => ({ ok: false, message: `The upload failed (${response.status}).` }));
      if (body.ok) {
        form.reset();
        onUploaded(body.data.media, body.data.existing);
      } else {
        setFailure(body);
      }
    } catch {
      setFailure({ message: 'The upload could not reach the newsroom. Check the connection and try again.' });
    } finally {
      setPending(false);
    }
  }

  const errors = (name: string) => failure?.fieldErrors?.[name];
  const field = (name: 'alt' | 'caption' | 'credit', label: string, hint?: string) => (
    <div className="admin-field">
      <label htmlFor={`upload-${name}`}>{label}</label>
      <input id={`upload-${name}`} name={name} type="text" aria-invalid={errors(name) ? true : undefined} aria-describedby={errors(name) ? `upload-${name}-error` : undefined} />
      {hint ? <p className="admin-hint">{hint}</p> : null}
      {errors(name) ? <p className="admin-error" id={`upload-${name}-error`}>{errors(name)?.join(' ')}</p> : null}
    </div>
  );

  return (
    <form className="photo-uploader" onSubmit={submit} noValidate>
      {failure ? <p className="admin-notice" data-tone="error" role="alert">{failure.message}</p> : null}
      <div className="admin-field">
        <label htmlFor="upload-file">Photo</label>
        <input id="upload-file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/avif" aria-invalid={errors('file') ? true : undefined} aria-describedby="upload-file-hint" />
        <p className="admin-hint" id="upload-file-hint">JPEG, PNG, WebP or AVIF, up to 20 MB. Camera and location data are removed.</p>
        {errors('file') ? <p className="admin-error">{errors('file')?.join(' ')}</p> : null}
      </div>
      {field('alt', 'Alt text', 'What the photo shows, for readers who cannot see it.')}
      {field('caption', 'Caption')}
      {field('credit', 'Credit', 'e.g. Yonhap News, Reuters, Kim Bong-gyu')}
      <button className="admin-button" type="submit" disabled={pending}>{pending ? 'Uploading…' : 'Upload photo'}</button>
    </form>
  );
}
