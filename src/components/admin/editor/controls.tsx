'use client';

import type { ReactNode } from 'react';

// Controlled form controls for the editor, which keeps every field in state (for autosave).
// Errors and hints sit beside the control and are linked to it for screen readers.

type Base = { id: string; label: string; errors?: string[]; hint?: ReactNode };

function describedBy(id: string, errors?: string[], hint?: ReactNode) {
  return [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function Notes({ id, errors, hint }: Omit<Base, 'label'>) {
  return (
    <>
      {hint ? <p className="admin-hint" id={`${id}-hint`}>{hint}</p> : null}
      {errors?.length ? <p className="admin-error" id={`${id}-error`}>{errors.join(' ')}</p> : null}
    </>
  );
}

export function TextInput({ id, label, errors, hint, value, onChange, maxLength, type = 'text' }: Base & { value: string; onChange: (value: string) => void; maxLength?: number; type?: 'text' | 'url' }) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} />
      <Notes id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function TextBox({ id, label, errors, hint, value, onChange, maxLength, rows = 3 }: Base & { value: string; onChange: (value: string) => void; maxLength?: number; rows?: number }) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} />
      <Notes id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function Choice({ id, label, errors, hint, value, onChange, options, disabled }: Base & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[]; disabled?: boolean }) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      <Notes id={id} errors={errors} hint={hint} />
    </div>
  );
}

/** A whole number; an empty or unreadable entry is NaN, which the server refuses beside the field. */
export function NumberInput({ id, label, errors, hint, value, onChange, min, max, disabled }: Base & { value: number; onChange: (value: number) => void; min: number; max: number; disabled?: boolean }) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" step={1} min={min} max={max} value={Number.isFinite(value) ? value : ''} disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} />
      <Notes id={id} errors={errors} hint={hint} />
    </div>
  );
}

/** Up, down and remove buttons for one row of an ordered list (bylines, gallery, pins). */
export function RowButtons({ index, count, onMove, onRemove, name }: { index: number; count: number; onMove: (from: number, to: number) => void; onRemove: (index: number) => void; name: string }) {
  return (
    <span className="row-buttons">
      <button type="button" onClick={() => onMove(index, index - 1)} disabled={index === 0} aria-label={`Move ${name} up`}>↑</button>
      <button type="button" onClick={() => onMove(index, index + 1)} disabled={index === count - 1} aria-label={`Move ${name} down`}>↓</button>
      <button type="button" onClick={() => onRemove(index)} aria-label={`Remove ${name}`}>Remove</button>
    </span>
  );
}

export function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Errors for a list field and its rows ("authors", "authors.0.role"), in one line. */
export function errorsUnder(errors: Record<string, string[]>, field: string): string[] | undefined {
  const found = Object.entries(errors).filter(([key]) => key === field || key.startsWith(`${field}.`)).flatMap(([, messages]) => messages);
  return found.length ? found : undefined;
}
