import { formatKstTime } from '@/lib/time/kst';
import type { EditorArticle } from '@/lib/articles/edit-queries';

// One line that always says where the work is: saved, saving, only on this device, or in conflict.

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'held' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'signed-out' }
  | { kind: 'invalid'; message: string }
  | { kind: 'conflict'; message: string; theirs: EditorArticle }
  | { kind: 'error'; message: string };

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved ${formatKstTime(new Date(state.at))}`;
    case 'dirty':
      return 'Unsaved changes…';
    case 'held':
      return 'Unsaved changes — kept on this device. Press “Update” to publish them.';
    case 'saving':
      return 'Saving…';
    case 'offline':
      return 'Offline — kept on this device. Saving again shortly.';
    case 'signed-out':
      return 'Signed out — kept on this device. Sign in again in another tab; saving resumes by itself.';
    case 'invalid':
      return 'Not saved — check the highlighted fields.';
    case 'conflict':
      return 'Conflict — someone else saved this story. Choose what to keep below.';
    case 'error':
      return `Not saved — ${state.message}`;
  }
}

export function SaveStatus({ state }: { state: SaveState }) {
  const tone = ['saved', 'saving', 'dirty'].includes(state.kind) ? 'ok' : 'warn';
  return (
    <p className="save-status" role="status" aria-live="polite" data-state={state.kind} data-tone={tone}>
      {describe(state)}
    </p>
  );
}
