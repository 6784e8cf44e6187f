'use client';

import { useActionState } from 'react';
import { logInAction, type LoginState } from '@/lib/auth/actions';
import { TextField } from './form-fields';
import { SubmitButton } from './submit-button';

// A plain form posting to a server action: it works before (and without) JavaScript.

export function LoginForm() {
  const [state, formAction] = useActionState<LoginState, FormData>(logInAction, null);
  return (
    <form action={formAction} className="admin-form">
      {state ? <p className="admin-notice" data-tone="error" role="alert">{state.error}</p> : null}
      <TextField name="email" type="email" label="Email" defaultValue={state?.email ?? ''} autoComplete="username" required />
      <TextField name="password" type="password" label="Password" autoComplete="current-password" required />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
