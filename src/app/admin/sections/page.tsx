import Link from 'next/link';
import { requirePermission } from '@/lib/auth/require-user';
import { can } from '@/lib/auth/permissions';
import { listSections } from '@/lib/directory/sections/queries';
import { directoryPaths } from '@/lib/directory/paths';
import { ListToolbar } from '@/components/admin/list-toolbar';
import { SavedNotice } from '@/components/admin/saved-notice';

export const metadata = { title: 'Sections' };

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

export default async function SectionsPage({ searchParams }: Props) {
  const user = await requirePermission('directory:view');
  const [sections, { saved }] = await Promise.all([listSections(), searchParams]);
  const manage = can(user, 'directory:manage');
  return (
    <>
      <ListToolbar title="Sections" createLabel="New section" createHref={manage ? directoryPaths.newSection() : undefined} />
      <SavedNotice saved={saved} />
      <table className="admin-table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Position</th></tr>
        </thead>
        <tbody>
          {sections.map((section) => (
            <tr key={section.id}>
              <td style={{ paddingLeft: `${0.75 + section.depth * 1.5}rem` }}>
                {section.depth > 0 ? <span aria-hidden="true">↳ </span> : null}
                {manage ? <Link href={directoryPaths.section(section.id)}>{section.name}</Link> : section.name}
              </td>
              <td><code>{section.slug}</code></td>
              <td>{section.position}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sections.length === 0 ? <p>No sections yet.</p> : null}
    </>
  );
}
