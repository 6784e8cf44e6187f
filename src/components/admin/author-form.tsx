'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import type { AuthorForEdit } from '@/lib/directory/authors/queries';
import { Checkbox, TextArea, TextField } from './form-fields';
import { FormMessage } from './form-message';
import { formDefaults } from './form-state';
import { SubmitButton } from './submit-button';

const labels = { name: 'Name', slug: 'Slug', jobTitle: 'Job title', email: 'Email', bio: 'Biography', isColumnist: 'Columnist' };

/** Creates an author, or edits one when `author` is given. */
export function AuthorForm({ action, author }: { action: FormAction; author?: AuthorForEdit }) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  const field = formDefaults(state, author ?? {});
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} labels={labels} />
      {author ? (
        <>
          <input type="hidden" name="id" value={author.id} />
          <input type="hidden" name="version" value={field.lock('version')} />
        </>
      ) : null}
      <TextField name="name" label={labels.name} defaultValue={field.text('name')} errors={field.errors('name')} required maxLength={120} />
      <TextField
        name="slug"
        label={labels.slug}
        defaultValue={field.text('slug')}
        errors={field.errors('slug')}
        hint="The author page's address: /author/slug. Lowercase letters, digits and hyphens."
        required
        maxLength={80}
      />
      <TextField name="jobTitle" label={labels.jobTitle} defaultValue={field.text('jobTitle')} errors={field.errors('jobTitle')} hint="As on the byline, e.g. Washington correspondent." maxLength={120} />
      <TextField name="email" type="email" label={labels.email} defaultValue={field.text('email')} errors={field.errors('email')} hint="Shown to readers under the author's stories. Optional." />
      <TextArea name="bio" label={labels.bio} defaultValue={field.text('bio')} errors={field.errors('bio')} maxLength={4000} />
      <Checkbox name="isColumnist" label={labels.isColumnist} defaultChecked={field.checked('isColumnist')} errors={field.errors('isColumnist')} />
      <SubmitButton>{author ? 'Save author' : 'Create author'}</SubmitButton>
    </form>
  );
}
