import type { Change } from 'diff';
import type { FieldChange } from '@/lib/articles/compare';

// Two versions side by side: changed fields as a table, the body as running text with
// insertions and deletions marked. Plain markup, used by the revisions page and the editor.

export function FieldChanges({ changes, beforeLabel, afterLabel }: { changes: FieldChange[]; beforeLabel: string; afterLabel: string }) {
  if (changes.length === 0) return <p>No other field differs.</p>;
  return (
    <table className="admin-table diff-fields">
      <thead>
        <tr><th scope="col">Field</th><th scope="col">{beforeLabel}</th><th scope="col">{afterLabel}</th></tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.label}</th>
            <td><del>{change.before || '—'}</del></td>
            <td><ins>{change.after || '—'}</ins></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BodyDiff({ changes }: { changes: Change[] }) {
  if (!changes.some((part) => part.added || part.removed)) return <p>The body is the same.</p>;
  return (
    <div className="diff-body" aria-label="Changes to the body">
      {changes.map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </div>
  );
}
