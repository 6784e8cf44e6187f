import type { ActionState } from '@/lib/auth/action';

// What an edit form shows: after a failed submission, what the user typed (so nothing is lost);
// otherwise the record as loaded. After a conflict the lock field takes the current version,
// so saving again deliberately replaces the other person's changes.

type Initial = Record<string, string | number | boolean | null | undefined>;

export function formDefaults(state: ActionState<unknown>, initial: Initial) {
  const failed = state?.ok === false ? state : null;
  const typed = failed?.values;
  return {
    text: (name: string) => (typed ? (typed[name] ?? '') : initial[name] == null ? '' : String(initial[name])),
    checked: (name: string) => (typed ? typed[name] === 'on' : Boolean(initial[name])),
    errors: (name: string) => failed?.fieldErrors?.[name],
    lock: (name: 'version' | 'updatedAt') => String(failed?.current?.[name] ?? typed?.[name] ?? initial[name] ?? ''),
  };
}
