'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import { Select, TextField, type Option } from '../form-fields';
import { FormMessage } from '../form-message';
import { formDefaults } from '../form-state';
import { SubmitButton } from '../submit-button';

/** Starts a draft from its headline and section; the editor opens on it. */
export function NewArticleForm({ action, sections }: { action: FormAction; sections: Option[] }) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  const field = formDefaults(state, {});
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <TextField name="headline" label="Headline" defaultValue={field.text('headline')} errors={field.errors('headline')} required maxLength={300} hint="You can change it later; the address follows it until the story is published." />
      <Select name="sectionId" label="Section" options={[{ value: '', label: 'Choose a section…' }, ...sections]} defaultValue={field.text('sectionId')} errors={field.errors('sectionId')} />
      <SubmitButton pendingLabel="Starting…">Start the draft</SubmitButton>
    </form>
  );
}
