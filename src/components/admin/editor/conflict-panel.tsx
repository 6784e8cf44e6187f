'use client';

import { useState } from 'react';
import { bodyChanges, changedFields, fieldLabels, type DisplayNames, type FieldName } from '@/lib/articles/compare';
import { mergeVersions } from '@/lib/articles/merge';
import type { EditorArticle } from '@/lib/articles/edit-queries';
import type { ArticleFields } from '@/lib/articles/schema';
import { BodyDiff } from './diff-view';

// Someone else saved the story while this person was editing. Nothing is lost: both versions are
// shown, field by field and in the body, with a merge proposed; the person chooses and saves.

type Side = 'mine' | 'theirs';
type BodyChoice = Side | 'merged';

type Props = {
  message: string;
  base: ArticleFields;
  mine: ArticleFields;
  theirs: EditorArticle;
  names: DisplayNames;
  onResolve: (fields: ArticleFields, save: boolean) => void;
};

export function ConflictPanel({ message, base, mine, theirs, names, onResolve }: Props) {
  const merge = mergeVersions(base, mine, theirs.fields);
  const changes = changedFields(theirs.fields, mine, names);
  const [choices, setChoices] = useState<Partial<Record<FieldName, Side>>>(() =>
    Object.fromEntries(changes.map((c) => [c.field, JSON.stringify(merge.fields[c.field]) === JSON.stringify(mine[c.field]) ? 'mine' : 'theirs'])),
  );
  const bodiesDiffer = mine.bodyMarkdown !== theirs.fields.bodyMarkdown;
  const [body, setBody] = useState<BodyChoice>(merge.body !== null ? 'merged' : 'mine');

  function chosen(): ArticleFields {
    const next = { ...theirs.fields } as Record<FieldName, unknown>;
    for (const change of changes) if (choices[change.field] === 'mine') next[change.field] = mine[change.field];
    next.bodyMarkdown = body === 'theirs' ? theirs.fields.bodyMarkdown : body === 'merged' && merge.body !== null ? merge.body : mine.bodyMarkdown;
    return next as ArticleFields;
  }

  const radio = (name: string, value: string, checked: boolean, onChange: () => void, label: string) => (
    <label className="choice"><input type="radio" name={name} value={value} checked={checked} onChange={onChange} /> {label}</label>
  );

  return (
    <section className="conflict-panel" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Two versions of this story</h2>
      <p>{message} Your version is still in the editor and on this device until you choose.</p>
      {changes.length > 0 ? (
        <table className="admin-table diff-fields">
          <thead><tr><th scope="col">Field</th><th scope="col">Theirs</th><th scope="col">Yours</th><th scope="col">Keep</th></tr></thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} data-both-changed={merge.bothChanged.includes(change.field) || undefined}>
                <th scope="row">{change.label}</th>
                <td>{change.before || '—'}</td>
                <td>{change.after || '—'}</td>
                <td>
                  {radio(`keep-${change.field}`, 'theirs', choices[change.field] === 'theirs', () => setChoices({ ...choices, [change.field]: 'theirs' }), 'Theirs')}
                  {radio(`keep-${change.field}`, 'mine', choices[change.field] === 'mine', () => setChoices({ ...choices, [change.field]: 'mine' }), 'Yours')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {bodiesDiffer ? (
        <fieldset className="editor-fieldset">
          <legend>{fieldLabels.bodyMarkdown}: from theirs (struck out) to yours (underlined)</legend>
          <BodyDiff changes={bodyChanges(theirs.fields.bodyMarkdown, mine.bodyMarkdown)} />
          {merge.body !== null ? radio('keep-body', 'merged', body === 'merged', () => setBody('merged'), 'Both: your changes applied to theirs') : <p className="admin-hint">You both changed the same lines: choose one body, then edit.</p>}
          {radio('keep-body', 'mine', body === 'mine', () => setBody('mine'), 'Yours')}
          {radio('keep-body', 'theirs', body === 'theirs', () => setBody('theirs'), 'Theirs')}
        </fieldset>
      ) : null}
      <div className="workflow-buttons">
        <button type="button" className="admin-button" onClick={() => onResolve(chosen(), true)}>Save my choices</button>
        <button type="button" onClick={() => onResolve(mine, true)}>Keep all of mine</button>
        <button type="button" onClick={() => onResolve(theirs.fields, false)}>Take theirs (discard mine)</button>
      </div>
    </section>
  );
}
