import Link from 'next/link';
import { requirePermission } from '@/lib/auth/require-user';
import { can } from '@/lib/auth/permissions';
import { listAuthors } from '@/lib/directory/authors/queries';
import { directoryPaths } from '@/lib/directory/paths';
import { ListToolbar } from '@/components/admin/list-toolbar';
import { SavedNotice } from '@/components/admin/saved-notice';

export const metadata = { title: 'Authors' };

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

export default async function AuthorsPage({ searchParams }: Props) {
  const user = await requirePermission('directory:view');
  const [authors, { saved }] = await Promise.all([listAuthors(), searchParams]);
  const manage = can(user, 'directory:manage');
  return (
    <>
      <ListToolbar title="Authors" createLabel="New author" createHref={manage ? directoryPaths.newAuthor() : undefined} />
      <SavedNotice saved={saved} />
      <table className="admin-table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Job title</th><th scope="col">Columnist</th><th scope="col">Account</th></tr>
        </thead>
        <tbody>
          {authors.map((author) => (
            <tr key={author.id}>
              <td>{manage ? <Link href={directoryPaths.author(author.id)}>{author.name}</Link> : author.name}</td>
              <td><code>{author.slug}</code></td>
              <td>{author.jobTitle}</td>
              <td>{author.isColumnist ? 'Yes' : ''}</td>
              <td>{author.user?.email ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {authors.length === 0 ? <p>No authors yet.</p> : null}
    </>
  );
}
