'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import { TextArea, TextField } from './form-fields';
import { FormMessage } from './form-message';
import { formDefaults } from './form-state';
import { SubmitButton } from './submit-button';

type Photo = { id: number; alt: string; caption: string; credit: string };

/** A photo's alt text, caption and credit; stories that use it show the new words at once. */
export function MediaForm({ action, photo }: { action: FormAction; photo: Photo }) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  const field = formDefaults(state, photo);
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={photo.id} />
      <TextField name="alt" label="Alt text" defaultValue={field.text('alt')} errors={field.errors('alt')} required maxLength={300} hint="What the photo shows, for readers who cannot see it." />
      <TextArea name="caption" label="Caption" defaultValue={field.text('caption')} errors={field.errors('caption')} maxLength={1000} />
      <TextField name="credit" label="Credit" defaultValue={field.text('credit')} errors={field.errors('credit')} maxLength={200} />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}
