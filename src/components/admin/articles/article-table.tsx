import Link from 'next/link';
import type { ArticleRow } from '@/lib/articles/admin-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { statusLabels } from '@/lib/articles/workflow-rules';
import { canEditArticle, type Actor } from '@/lib/auth/permissions';
import { formatKst } from '@/lib/time/kst';

// Stories as the newsroom lists them. A story the user may not edit is listed without a link.

export function StatusBadge({ status }: { status: ArticleRow['status'] }) {
  return <span className="status-badge" data-status={status}>{statusLabels[status]}</span>;
}

function when(row: ArticleRow): string {
  if (row.status === 'SCHEDULED' && row.scheduledAt) return `Goes out ${formatKst(row.scheduledAt)}`;
  if (row.publishedAt) return `Published ${formatKst(row.publishedAt)}`;
  return '';
}

export function ArticleTable({ rows, user, caption }: { rows: ArticleRow[]; user: Actor; caption?: string }) {
  if (rows.length === 0) return <p>No stories.</p>;
  return (
    <table className="admin-table">
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr><th scope="col">Headline</th><th scope="col">Status</th><th scope="col">Section</th><th scope="col">Bylines</th><th scope="col">Last change</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              {canEditArticle(user, row) ? <Link href={articleAdminPaths.edit(row.id)}>{row.headline}</Link> : row.headline}
              {when(row) ? <><br /><small>{when(row)}</small></> : null}
            </td>
            <td><StatusBadge status={row.status} /></td>
            <td>{row.section}</td>
            <td>{row.bylines.join(', ')}</td>
            <td>{formatKst(row.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
