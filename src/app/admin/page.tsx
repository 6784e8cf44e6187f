import Link from 'next/link';
import { requireUser } from '@/lib/auth/require-user';
import { can } from '@/lib/auth/permissions';

export const metadata = { title: 'Dashboard' };

// A placeholder until the article dashboard (issue 4, part 2) lands: it greets and points the way.
export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <>
      <h1>Good to see you, {user.name}</h1>
      <p>The article dashboard is not built yet. From here you can reach:</p>
      <ul>
        {can(user, 'directory:view') ? (
          <>
            <li><Link href="/admin/authors">Authors</Link>: the bylines readers see</li>
            <li><Link href="/admin/sections">Sections</Link>: the site&apos;s sections and subsections</li>
            <li><Link href="/admin/topics">Topics</Link>: the &ldquo;hot issue&rdquo; hubs</li>
          </>
        ) : null}
        {can(user, 'user:manage') ? <li><Link href="/admin/users">Users</Link>: newsroom accounts and roles</li> : null}
      </ul>
    </>
  );
}
