import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-user';
import { resetPasswordAction, updateUserAction } from '@/lib/directory/users/actions';
import { getUserForEdit } from '@/lib/directory/users/queries';
import { listAuthorOptions } from '@/lib/directory/authors/queries';
import { idFromParam } from '@/lib/directory/paths';
import { UserForm } from '@/components/admin/user-form';
import { PasswordResetForm } from '@/components/admin/password-reset-form';

export const metadata = { title: 'Edit account' };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('user:manage');
  const id = idFromParam((await params).id);
  const [user, authorOptions] = await Promise.all([id ? getUserForEdit(id) : null, listAuthorOptions()]);
  if (!user) notFound();
  const authors = authorOptions.map((a) => ({ value: String(a.id), label: `${a.name} (${a.slug})` }));
  return (
    <>
      <h1>{user.name}</h1>
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <UserForm action={updateUserAction} user={user} authors={authors} />
        <PasswordResetForm action={resetPasswordAction} userId={user.id} />
      </div>
    </>
  );
}
