import Link from 'next/link';
import { logOutAction } from '@/lib/auth/actions';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/sessions';

// The newsroom's top bar. Links a user may not follow are not shown; the pages check again.

export function AdminHeader({ user }: { user: SessionUser | null }) {
  const links = [
    { href: '/admin', label: 'Dashboard', show: true },
    { href: '/admin/articles', label: 'Articles', show: true },
    { href: '/admin/media', label: 'Media', show: true },
    { href: '/admin/authors', label: 'Authors', show: can(user, 'directory:view') },
    { href: '/admin/sections', label: 'Sections', show: can(user, 'directory:view') },
    { href: '/admin/topics', label: 'Topics', show: can(user, 'directory:view') },
    { href: '/admin/users', label: 'Users', show: can(user, 'user:manage') },
  ];
  return (
    <header className="admin-header">
      <Link href="/admin" className="admin-brand">Newsroom</Link>
      {user ? (
        <>
          <nav className="admin-nav" aria-label="Newsroom">
            <ul>
              {links.filter((link) => link.show).map((link) => (
                <li key={link.href}><Link href={link.href}>{link.label}</Link></li>
              ))}
            </ul>
          </nav>
          <form action={logOutAction} className="admin-account">
            <span>{user.name} <small>({user.role.toLowerCase()})</small></span>
            <button type="submit">Sign out</button>
          </form>
        </>
      ) : null}
    </header>
  );
}
