'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import type { UserForEdit } from '@/lib/directory/users/queries';
import { Checkbox, Select, TextField, type Option } from './form-fields';
import { FormMessage } from './form-message';
import { formDefaults } from './form-state';
import { SubmitButton } from './submit-button';

const labels = { email: 'Email', name: 'Name', role: 'Role', disabled: 'Disabled', authorId: 'Linked author' };

const roles: Option[] = [
  { value: 'REPORTER', label: 'Reporter: writes and edits own drafts, submits for review' },
  { value: 'EDITOR', label: 'Editor: edits and publishes any story' },
  { value: 'ADMIN', label: 'Admin: everything, plus accounts and the directory' },
];

type Props = { action: FormAction; user?: UserForEdit; authors: Option[] };

/** Creates an account (with its first password), or edits one when `user` is given. */
export function UserForm({ action, user, authors }: Props) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  const field = formDefaults(state, user ? { ...user, updatedAt: user.updatedAt.toISOString() } : { role: 'REPORTER' });
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} labels={labels} />
      {user ? (
        <>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="updatedAt" value={field.lock('updatedAt')} />
        </>
      ) : null}
      <TextField name="email" type="email" label={labels.email} defaultValue={field.text('email')} errors={field.errors('email')} autoComplete="off" required />
      <TextField name="name" label={labels.name} defaultValue={field.text('name')} errors={field.errors('name')} required maxLength={120} />
      <Select name="role" label={labels.role} options={roles} defaultValue={field.text('role')} errors={field.errors('role')} />
      <Select
        name="authorId"
        label={labels.authorId}
        options={[{ value: '', label: 'None' }, ...authors]}
        defaultValue={field.text('authorId')}
        errors={field.errors('authorId')}
        hint="A reporter may edit drafts that carry this author's byline."
      />
      {user ? (
        <Checkbox name="disabled" label="Disabled (cannot sign in; signed out everywhere)" defaultChecked={field.checked('disabled')} errors={field.errors('disabled')} />
      ) : (
        <TextField name="password" type="password" label="Password" errors={field.errors('password')} autoComplete="new-password" hint="At least 12 characters. Give it to the person securely." required />
      )}
      <SubmitButton>{user ? 'Save account' : 'Create account'}</SubmitButton>
    </form>
  );
}
