import { z } from 'zod';
import { ActionError, type ActionErrorCode, type FieldErrors } from './action-error';
import { getCurrentUser } from './get-current-user';
import { can, type Permission } from './permissions';
import type { SessionUser } from './sessions';

// The one entry point for newsroom server actions: session -> permission -> input -> handler.
// Anyone can POST to a server action, so nothing reaches a handler without passing all three.
// The role check comes before validation so that a caller without the permission learns nothing
// about the form; checks that depend on the record (canEditArticle) belong in the handler.

export type ActionFailure = {
  ok: false;
  error: 'unauthenticated' | 'forbidden' | ActionErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** What the user submitted (never passwords), so the form can show it again. */
  values?: Record<string, string>;
  current?: Record<string, unknown>;
};
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;
/** The state a form keeps between submissions (`useActionState`): null before the first one. */
export type ActionState<T = undefined> = ActionResult<T> | null;
/** What `authedAction` returns, in the shape `useActionState` and `<form action>` take. */
export type FormAction<T = unknown> = (previous: unknown, input: FormData) => Promise<ActionResult<T>>;

export type ActionInput = FormData | Record<string, unknown>;
type Options<S extends z.ZodType> = { schema: S; permission?: Permission };

export function authedAction<S extends z.ZodType, T>(
  { schema, permission }: Options<S>,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
) {
  return async (_previous: unknown, input: ActionInput): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: 'unauthenticated', message: 'Your session has ended. Sign in again.' };
    if (permission && !can(user, permission)) {
      return { ok: false, error: 'forbidden', message: 'You do not have permission to do that.' };
    }
    const raw = input instanceof FormData ? formValues(input) : input;
    const values = input instanceof FormData ? echoValues(input) : undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      const { code, message, fieldErrors, current } = error;
      return { ok: false, error: code, message, fieldErrors, current, values };
    }
  };
}

/** Form fields as an object; a field sent more than once (checkbox groups) becomes an array. */
export function formValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((value) => typeof value === 'string');
    values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !/password/i.test(key) && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
