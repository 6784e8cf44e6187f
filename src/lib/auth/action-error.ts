// A failure a mutation reports to the form that caused it, with a code the form can branch on.
// `authedAction` turns it into an `{ ok: false }` result; any other thrown error is a bug.

/** 'forbidden' is for checks that depend on the record (canEditArticle), made in the handler. */
export type ActionErrorCode = 'invalid' | 'conflict' | 'not-found' | 'forbidden';
export type FieldErrors = Record<string, string[]>;

export class ActionError extends Error {
  readonly code: ActionErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For a conflict: the record as it is now, so the form can show what changed. */
  readonly current?: Record<string, unknown>;

  constructor(code: ActionErrorCode, message: string, details: { fieldErrors?: FieldErrors; current?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'ActionError';
    this.code = code;
    this.fieldErrors = details.fieldErrors;
    this.current = details.current;
  }
}

export function fieldError(field: string, message: string): ActionError {
  return new ActionError('invalid', 'Check the highlighted fields.', { fieldErrors: { [field]: [message] } });
}
