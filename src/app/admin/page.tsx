import Link from 'next/link';
import { StatusBadge } from '@/components/admin/articles/article-table';
import { getDashboard, type ArticleRow } from '@/lib/articles/admin-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { can, canEditArticle, type Actor } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/require-user';
import { formatKst } from '@/lib/time/kst';
import '@/components/admin/editor/editor.css';

export const metadata = { title: 'Dashboard' };

function Stories({ rows, user, empty, time }: { rows: ArticleRow[]; user: Actor; empty: string; time: (row: ArticleRow) => Date | null }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <ol>
      {rows.map((row) => {
        const at = time(row);
        return (
          <li key={row.id}>
            {canEditArticle(user, row) ? <Link href={articleAdminPaths.edit(row.id)}>{row.headline}</Link> : row.headline}{' '}
            <StatusBadge status={row.status} /> <small>{row.bylines.join(', ')}{at ? ` · ${formatKst(at)}` : ''}</small>
          </li>
        );
      })}
    </ol>
  );
}

/** The newsroom's front page: my drafts, stories waiting for an editor, the schedule, today's most read. */
export default async function DashboardPage() {
  const user = await requireUser();
  const { drafts, inReview, scheduled, mostViewed } = await getDashboard(user);
  return (
    <div className="wide-page">
      <div className="admin-toolbar">
        <h1>Good to see you, {user.name}</h1>
        {can(user, 'article:create') ? <Link className="admin-button" href={articleAdminPaths.create()}>New article</Link> : null}
      </div>
      <div className="dashboard-grid">
        <section aria-labelledby="my-drafts">
          <h2 id="my-drafts">My drafts</h2>
          <Stories rows={drafts} user={user} empty="No drafts of yours." time={(row) => row.updatedAt} />
        </section>
        <section aria-labelledby="in-review">
          <h2 id="in-review">Awaiting review</h2>
          <Stories rows={inReview} user={user} empty="Nothing is waiting for an editor." time={(row) => row.updatedAt} />
        </section>
        <section aria-labelledby="scheduled">
          <h2 id="scheduled">Scheduled</h2>
          <Stories rows={scheduled} user={user} empty="Nothing is scheduled." time={(row) => row.scheduledAt} />
        </section>
        <section aria-labelledby="most-viewed">
          <h2 id="most-viewed">Most viewed today</h2>
          {mostViewed.length === 0 ? <p>No views recorded since midnight (KST).</p> : (
            <ol>
              {mostViewed.map((story) => (
                <li key={story.id}><Link href={articleAdminPaths.edit(story.id)}>{story.headline}</Link> <small>{story.views.toLocaleString('en')} views</small></li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <p><Link href={articleAdminPaths.list()}>All articles</Link></p>
    </div>
  );
}
