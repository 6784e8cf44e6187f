import { requirePermission } from '@/lib/auth/require-user';
import { createAuthorAction } from '@/lib/directory/authors/actions';
import { AuthorForm } from '@/components/admin/author-form';

export const metadata = { title: 'New author' };

export default async function NewAuthorPage() {
  await requirePermission('directory:manage');
  return (
    <>
      <h1>New author</h1>
      <AuthorForm action={createAuthorAction} />
    </>
  );
}
