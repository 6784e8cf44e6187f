import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { RestoreButton } from '@/components/admin/articles/restore-button';
import { BodyDiff, FieldChanges } from '@/components/admin/editor/diff-view';
import { compareRevisions } from '@/lib/articles/compare-revisions';
import { getArticleAccess } from '@/lib/articles/edit-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { listRevisions } from '@/lib/articles/revisions';
import { canEditArticle } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/require-user';
import { idFromParam } from '@/lib/directory/paths';
import { formatKst } from '@/lib/time/kst';
import '@/components/admin/editor/editor.css';

export const metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = idFromParam((await params).id);
  const article = id ? await getArticleAccess(id) : null;
  if (!id || !article) notFound();
  if (!canEditArticle(user, article)) forbidden();
  const revisions = await listRevisions(id);
  const query = await searchParams;
  const fromId = idFromParam(query.from ?? '') ?? revisions[1]?.id;
  const toId = idFromParam(query.to ?? '') ?? revisions[0]?.id;
  const comparison = fromId && toId ? await compareRevisions(id, fromId, toId) : null;

  return (
    <div className="wide-page">
      <p><Link href={articleAdminPaths.edit(id)}>← Back to the editor</Link></p>
      <h1>Revisions</h1>
      <form method="get" aria-label="Choose two revisions to compare">
        <table className="admin-table revision-list">
          <thead>
            <tr><th scope="col">Version</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">What</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Restore</th></tr>
          </thead>
          <tbody>
            {revisions.map((revision, index) => (
              <tr key={revision.id}>
                <td>{revision.version}</td>
                <td>{formatKst(revision.createdAt)}</td>
                <td>{revision.userName ?? 'The newsroom'}</td>
                <td>{revision.note}</td>
                <td><input type="radio" name="from" value={revision.id} defaultChecked={revision.id === fromId} aria-label={`Compare from version ${revision.version}`} /></td>
                <td><input type="radio" name="to" value={revision.id} defaultChecked={revision.id === toId} aria-label={`Compare to version ${revision.version}`} /></td>
                <td>{index > 0 ? <RestoreButton articleId={id} version={article.version} revisionId={revision.id} label={`Restore version ${revision.version}`} /> : 'Current'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p><button className="admin-button" type="submit">Compare</button></p>
      </form>
      {comparison ? (
        <section aria-labelledby="comparison-heading">
          <h2 id="comparison-heading">Version {comparison.from.version} → version {comparison.to.version}</h2>
          {comparison.statusChange ? <p>Status: {comparison.statusChange.before.toLowerCase()} → {comparison.statusChange.after.toLowerCase()}</p> : null}
          <FieldChanges changes={comparison.fields} beforeLabel={`Version ${comparison.from.version}`} afterLabel={`Version ${comparison.to.version}`} />
          <h3>Body</h3>
          <BodyDiff changes={comparison.body} />
        </section>
      ) : null}
    </div>
  );
}
