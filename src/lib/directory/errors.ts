import { ActionError, fieldError } from '@/lib/auth/action-error';

// The directory's failures, worded once.

export function conflictError(thing: string, current: Record<string, unknown>): ActionError {
  return new ActionError(
    'conflict',
    `Someone else saved this ${thing} while you were editing. Their version is shown below; your changes are still in the form, and saving again replaces theirs.`,
    { current },
  );
}

export function notFoundError(thing: string): ActionError {
  return new ActionError('not-found', `This ${thing} no longer exists.`);
}

export function slugTakenError(thing: string): ActionError {
  return fieldError('slug', `Another ${thing} already uses this slug.`);
}
