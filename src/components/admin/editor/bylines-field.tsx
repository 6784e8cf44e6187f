'use client';

import { useState } from 'react';
import type { ArticleFields } from '@/lib/articles/schema';
import { moved, Notes, RowButtons } from './controls';

type Author = { id: number; name: string; jobTitle: string };
type Byline = ArticleFields['authors'][number];

/** The byline: authors from the directory, in order, each with an optional role for this story. */
export function BylinesField({ value, onChange, authors, errors }: { value: Byline[]; onChange: (value: Byline[]) => void; authors: Author[]; errors?: string[] }) {
  const [adding, setAdding] = useState('');
  const nameOf = (id: number) => authors.find((a) => a.id === id)?.name ?? `Author #${id}`;
  const available = authors.filter((a) => !value.some((b) => b.authorId === a.id));
  return (
    <fieldset className="editor-fieldset" aria-describedby={errors?.length ? 'authors-error' : undefined}>
      <legend>Bylines</legend>
      <ol className="editor-rows">
        {value.map((byline, index) => (
          <li key={byline.authorId}>
            <span className="row-title">{nameOf(byline.authorId)}</span>
            <label>
              <span className="visually-hidden">Role of {nameOf(byline.authorId)}</span>
              <input
                type="text"
                value={byline.role ?? ''}
                maxLength={120}
                placeholder={authors.find((a) => a.id === byline.authorId)?.jobTitle || 'Role (e.g. Tokyo correspondent)'}
                onChange={(e) => onChange(value.map((b, i) => (i === index ? { ...b, role: e.target.value || null } : b)))}
              />
            </label>
            <RowButtons index={index} count={value.length} name={nameOf(byline.authorId)} onMove={(from, to) => onChange(moved(value, from, to))} onRemove={(i) => onChange(value.filter((_, j) => j !== i))} />
          </li>
        ))}
      </ol>
      <div className="editor-add">
        <label htmlFor="add-author">Add an author</label>
        <select id="add-author" value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">Choose…</option>
          {available.map((a) => <option key={a.id} value={a.id}>{a.name}{a.jobTitle ? ` — ${a.jobTitle}` : ''}</option>)}
        </select>
        <button type="button" disabled={!adding} onClick={() => { onChange([...value, { authorId: Number(adding), role: null }]); setAdding(''); }}>Add</button>
      </div>
      <Notes id="authors" errors={errors} hint="The first author is named first. The role replaces the author's job title on this story only." />
    </fieldset>
  );
}
