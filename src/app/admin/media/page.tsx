import Link from 'next/link';
import { MediaLibraryUploader } from '@/components/admin/media-library-uploader';
import { Thumbnail } from '@/components/admin/thumbnail';
import { canEditMedia } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-user';
import { searchMedia } from '@/lib/media/queries';
import { mediaSearchSchema } from '@/lib/media/schema';
import '@/components/admin/editor/editor.css';

export const metadata = { title: 'Media library' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requirePermission('media:upload');
  const { q, page } = mediaSearchSchema.parse(await searchParams);
  const { photos, total, pageCount } = await searchMedia({ q, page });
  const href = (to: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), page: String(to) })}`;
  return (
    <div className="wide-page">
      <h1>Media library</h1>
      <MediaLibraryUploader />
      <form method="get" role="search" aria-label="Search photos" className="article-filters">
        <div className="admin-field">
          <label htmlFor="q">Caption, credit or alt text</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ''} />
        </div>
        <button className="admin-button" type="submit">Search</button>
      </form>
      <p>{total === 1 ? '1 photo' : `${total} photos`}</p>
      <ul className="media-grid">
        {photos.map((photo) => (
          <li key={photo.id}>
            <Thumbnail src={photo.thumb} alt={photo.alt} width={160} photo={photo} />
            <p>{photo.caption || <em>No caption</em>}</p>
            <p><small>{photo.credit}{photo.uses ? ` · used in ${photo.uses} ${photo.uses === 1 ? 'story' : 'stories'}` : ''}</small></p>
            {canEditMedia(user, photo) ? <Link href={`/admin/media/${photo.id}`}>Edit details</Link> : null}
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav className="pagination" aria-label="Pages">
          {page > 1 ? <Link href={href(page - 1)} rel="prev">Previous</Link> : null}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount ? <Link href={href(page + 1)} rel="next">Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
