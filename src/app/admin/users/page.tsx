import Link from 'next/link';
import { requirePermission } from '@/lib/auth/require-user';
import { listUsers } from '@/lib/directory/users/queries';
import { directoryPaths } from '@/lib/directory/paths';
import { ListToolbar } from '@/components/admin/list-toolbar';
import { SavedNotice } from '@/components/admin/saved-notice';

export const metadata = { title: 'Users' };

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePermission('user:manage');
  const [users, { saved }] = await Promise.all([listUsers(), searchParams]);
  return (
    <>
      <ListToolbar title="Users" createLabel="New account" createHref={directoryPaths.newUser()} />
      <SavedNotice saved={saved} />
      <table className="admin-table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Author</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td><Link href={directoryPaths.user(user.id)}>{user.name}</Link></td>
              <td>{user.email}</td>
              <td>{user.role.toLowerCase()}</td>
              <td>{user.author?.name ?? ''}</td>
              <td>{user.disabled ? 'Disabled' : 'Active'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
