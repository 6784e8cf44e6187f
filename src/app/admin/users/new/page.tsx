import { requirePermission } from '@/lib/auth/require-user';
import { createUserAction } from '@/lib/directory/users/actions';
import { listAuthorOptions } from '@/lib/directory/authors/queries';
import { UserForm } from '@/components/admin/user-form';

export const metadata = { title: 'New account' };

export default async function NewUserPage() {
  await requirePermission('user:manage');
  const authors = (await listAuthorOptions()).map((a) => ({ value: String(a.id), label: `${a.name} (${a.slug})` }));
  return (
    <>
      <h1>New account</h1>
      <UserForm action={createUserAction} authors={authors} />
    </>
  );
}
