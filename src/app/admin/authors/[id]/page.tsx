import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-user';
import { updateAuthorAction } from '@/lib/directory/authors/actions';
import { getAuthorForEdit } from '@/lib/directory/authors/queries';
import { idFromParam } from '@/lib/directory/paths';
import { AuthorForm } from '@/components/admin/author-form';

export const metadata = { title: 'Edit author' };

export default async function EditAuthorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('directory:manage');
  const id = idFromParam((await params).id);
  const author = id ? await getAuthorForEdit(id) : null;
  if (!author) notFound();
  return (
    <>
      <h1>{author.name}</h1>
      <AuthorForm action={updateAuthorAction} author={author} />
    </>
  );
}
