import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { MediaForm } from '@/components/admin/media-form';
import { Thumbnail } from '@/components/admin/thumbnail';
import { canEditMedia } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-user';
import { idFromParam } from '@/lib/directory/paths';
import { updateMediaAction } from '@/lib/media/actions';
import { getMediaForEdit } from '@/lib/media/queries';
import { formatKst } from '@/lib/time/kst';

export const metadata = { title: 'Photo details' };

export default async function MediaPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('media:upload');
  const id = idFromParam((await params).id);
  const photo = id ? await getMediaForEdit(id) : null;
  if (!photo) notFound();
  if (!canEditMedia(user, photo)) forbidden();
  return (
    <>
      <p><Link href="/admin/media">← Media library</Link></p>
      <h1>Photo details</h1>
      <Thumbnail src={photo.src} alt={photo.alt} width={640} photo={photo} />
      <p className="admin-hint">{photo.originalFilename} · {photo.width}×{photo.height} · {Math.round(photo.bytes / 1024)} KB · uploaded {formatKst(new Date(photo.createdAt))}</p>
      <MediaForm action={updateMediaAction} photo={photo} />
    </>
  );
}
