'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import type { TopicForEdit } from '@/lib/directory/topics/queries';
import { Checkbox, TextArea, TextField } from './form-fields';
import { FormMessage } from './form-message';
import { formDefaults } from './form-state';
import { SubmitButton } from './submit-button';

const labels = { name: 'Name', slug: 'Slug', description: 'Description', featured: 'Featured', position: 'Position' };

/** Creates a topic, or edits one when `topic` is given. */
export function TopicForm({ action, topic }: { action: FormAction; topic?: TopicForEdit }) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  const field = formDefaults(state, topic ?? { position: 0 });
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} labels={labels} />
      {topic ? (
        <>
          <input type="hidden" name="id" value={topic.id} />
          <input type="hidden" name="version" value={field.lock('version')} />
        </>
      ) : null}
      <TextField name="name" label={labels.name} defaultValue={field.text('name')} errors={field.errors('name')} required maxLength={120} />
      <TextField name="slug" label={labels.slug} defaultValue={field.text('slug')} errors={field.errors('slug')} hint="The hub's address: /topic/slug." required maxLength={80} />
      <TextArea name="description" label={labels.description} defaultValue={field.text('description')} errors={field.errors('description')} maxLength={1000} />
      <Checkbox name="featured" label="Featured on the front page" defaultChecked={field.checked('featured')} errors={field.errors('featured')} />
      <TextField name="position" type="number" label={labels.position} defaultValue={field.text('position')} errors={field.errors('position')} hint="Featured topics are listed from the lowest number." />
      <SubmitButton>{topic ? 'Save topic' : 'Create topic'}</SubmitButton>
    </form>
  );
}
