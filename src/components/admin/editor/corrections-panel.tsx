'use client';

import { useState } from 'react';
import { addCorrectionAction } from '@/lib/articles/actions';
import { formatKst } from '@/lib/time/kst';

// Corrections are appended, dated and never edited; readers see them under the story.

type Correction = { id: number; text: string; createdAt: string };

export function CorrectionsPanel({ articleId, corrections, canAdd }: { articleId: number; corrections: Correction[]; canAdd: boolean }) {
  const [list, setList] = useState(corrections);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function add() {
    setPending(true);
    setError(null);
    try {
      const result = await addCorrectionAction(null, { id: articleId, text });
      if (!result.ok) return setError(result.fieldErrors?.text?.join(' ') ?? result.message);
      setList([...list, { id: -Date.now(), text: text.trim(), createdAt: new Date().toISOString() }]);
      setText('');
    } catch {
      setError('The newsroom could not be reached. The correction was not added.');
    } finally {
      setPending(false);
    }
  }

  if (!canAdd && list.length === 0) return null;
  return (
    <section className="editor-panel" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      {list.length ? (
        <ul>{list.map((c) => <li key={c.id}><time dateTime={c.createdAt}>{formatKst(new Date(c.createdAt))}</time>: {c.text}</li>)}</ul>
      ) : null}
      {canAdd ? (
        <div className="admin-field">
          <label htmlFor="correction-text">New correction</label>
          <textarea id="correction-text" rows={3} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} aria-describedby={error ? 'correction-error' : undefined} />
          {error ? <p className="admin-error" id="correction-error">{error}</p> : null}
          <button type="button" disabled={pending || !text.trim()} onClick={add}>{pending ? 'Adding…' : 'Add correction'}</button>
        </div>
      ) : null}
    </section>
  );
}
