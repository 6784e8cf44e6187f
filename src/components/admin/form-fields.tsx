import type { ReactNode } from 'react';

// Labelled form controls with their errors beside them, linked for screen readers.
// Uncontrolled: the form's last submission decides the default values (see form-state.ts).

type FieldProps = { name: string; label: string; errors?: string[]; hint?: ReactNode };

function describedBy(name: string, errors?: string[], hint?: ReactNode) {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldNotes({ name, errors, hint }: Omit<FieldProps, 'label'>) {
  return (
    <>
      {hint ? <p className="admin-hint" id={`${name}-hint`}>{hint}</p> : null}
      {errors?.length ? <p className="admin-error" id={`${name}-error`}>{errors.join(' ')}</p> : null}
    </>
  );
}

type InputProps = FieldProps & {
  defaultValue?: string;
  type?: 'text' | 'email' | 'password' | 'number';
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
};

export function TextField({ name, label, errors, hint, type = 'text', ...input }: InputProps) {
  return (
    <div className="admin-field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type={type} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, errors, hint)} {...input} />
      <FieldNotes name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function TextArea({ name, label, errors, hint, defaultValue, maxLength }: FieldProps & { defaultValue?: string; maxLength?: number }) {
  return (
    <div className="admin-field">
      <label htmlFor={name}>{label}</label>
      <textarea id={name} name={name} defaultValue={defaultValue} maxLength={maxLength} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, errors, hint)} />
      <FieldNotes name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function Checkbox({ name, label, errors, hint, defaultChecked }: FieldProps & { defaultChecked?: boolean }) {
  return (
    <div className="admin-field">
      <label className="admin-check">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={describedBy(name, errors, hint)} />
        {label}
      </label>
      <FieldNotes name={name} errors={errors} hint={hint} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function Select({ name, label, errors, hint, options, defaultValue }: FieldProps & { options: Option[]; defaultValue?: string }) {
  return (
    <div className="admin-field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, errors, hint)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      <FieldNotes name={name} errors={errors} hint={hint} />
    </div>
  );
}
