'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { PhotoUploader } from './photo-uploader';

/** The library page's upload form: after an upload the list shows the new photo first. */
export function MediaLibraryUploader() {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <details className="editor-panel">
      <summary>Upload a photo</summary>
      {notice ? <p className="admin-notice" data-tone="ok" role="status">{notice}</p> : null}
      <PhotoUploader
        onUploaded={(media, existing) => {
          setNotice(existing ? 'This photo was already in the library; it is listed below.' : `Uploaded “${media.caption || media.alt}”.`);
          router.refresh();
        }}
      />
    </details>
  );
}
