'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import { TextField } from './form-fields';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';

/** Sets a new password for an account; the account is signed out everywhere. */
export function PasswordResetForm({ action, userId }: { action: FormAction<{ message: string }>; userId: number }) {
  const [state, formAction] = useActionState<ActionState<{ message: string }>, FormData>(action, null);
  const errors = state?.ok === false ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <h2 style={{ margin: 0, fontSize: '1.15rem' }}>Reset password</h2>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <TextField name="password" type="password" label="New password" errors={errors?.password} autoComplete="new-password" hint="At least 12 characters." required />
      <TextField name="passwordConfirmation" type="password" label="New password again" errors={errors?.passwordConfirmation} autoComplete="new-password" required />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
