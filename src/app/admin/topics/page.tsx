import Link from 'next/link';
import { requirePermission } from '@/lib/auth/require-user';
import { can } from '@/lib/auth/permissions';
import { listTopics } from '@/lib/directory/topics/queries';
import { directoryPaths } from '@/lib/directory/paths';
import { ListToolbar } from '@/components/admin/list-toolbar';
import { SavedNotice } from '@/components/admin/saved-notice';

export const metadata = { title: 'Topics' };

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

export default async function TopicsPage({ searchParams }: Props) {
  const user = await requirePermission('directory:view');
  const [topics, { saved }] = await Promise.all([listTopics(), searchParams]);
  const manage = can(user, 'directory:manage');
  return (
    <>
      <ListToolbar title="Topics" createLabel="New topic" createHref={manage ? directoryPaths.newTopic() : undefined} />
      <SavedNotice saved={saved} />
      <table className="admin-table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Featured</th><th scope="col">Position</th></tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id}>
              <td>{manage ? <Link href={directoryPaths.topic(topic.id)}>{topic.name}</Link> : topic.name}</td>
              <td><code>{topic.slug}</code></td>
              <td>{topic.featured ? 'Yes' : ''}</td>
              <td>{topic.position}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {topics.length === 0 ? <p>No topics yet.</p> : null}
    </>
  );
}
