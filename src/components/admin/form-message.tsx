import type { ActionState } from '@/lib/auth/action';

// The line above a form that says what happened to the last submission; after a conflict it
// lists the other person's saved values, labelled like the form's fields.

type Props = { state: ActionState<unknown>; labels?: Record<string, string> };

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

export function FormMessage({ state, labels = {} }: Props) {
  if (!state) return null;
  if (state.ok) {
    const message = (state.data as { message?: string } | undefined)?.message;
    return message ? <p className="admin-notice" data-tone="ok" role="status">{message}</p> : null;
  }
  const current = state.error === 'conflict' ? state.current : undefined;
  return (
    <div className="admin-notice" data-tone="error" role="alert">
      <p style={{ margin: 0 }}>{state.message}</p>
      {current ? (
        <dl>
          {Object.entries(labels).map(([field, label]) => (
            <div key={field} style={{ display: 'contents' }}>
              <dt>{label}</dt>
              <dd>{show(current[field])}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
