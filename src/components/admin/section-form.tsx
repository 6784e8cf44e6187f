'use client';

import { useActionState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action';
import type { SectionForEdit } from '@/lib/directory/sections/queries';
import { Select, TextArea, TextField, type Option } from './form-fields';
import { FormMessage } from './form-message';
import { formDefaults } from './form-state';
import { SubmitButton } from './submit-button';

const labels = { name: 'Name', slug: 'Slug', description: 'Description', parentId: 'Parent section', position: 'Position' };

type Props = { action: FormAction; section?: SectionForEdit; parents: Option[] };

/** Creates a section, or edits one when `section` is given. `parents` excludes the section itself. */
export function SectionForm({ action, section, parents }: Props) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  const field = formDefaults(state, section ?? { position: 0 });
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} labels={labels} />
      {section ? (
        <>
          <input type="hidden" name="id" value={section.id} />
          <input type="hidden" name="version" value={field.lock('version')} />
        </>
      ) : null}
      <TextField name="name" label={labels.name} defaultValue={field.text('name')} errors={field.errors('name')} required maxLength={120} />
      <TextField
        name="slug"
        label={labels.slug}
        defaultValue={field.text('slug')}
        errors={field.errors('slug')}
        hint="The first part of every story's address in this section: /slug/story."
        required
        maxLength={80}
      />
      <TextArea name="description" label={labels.description} defaultValue={field.text('description')} errors={field.errors('description')} maxLength={1000} />
      <Select
        name="parentId"
        label={labels.parentId}
        options={[{ value: '', label: 'None (a top-level section)' }, ...parents]}
        defaultValue={field.text('parentId')}
        errors={field.errors('parentId')}
      />
      <TextField name="position" type="number" label={labels.position} defaultValue={field.text('position')} errors={field.errors('position')} hint="Order among its siblings, lowest first." />
      <SubmitButton>{section ? 'Save section' : 'Create section'}</SubmitButton>
    </form>
  );
}
