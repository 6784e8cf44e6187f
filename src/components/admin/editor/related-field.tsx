'use client';

import { useEffect, useState } from 'react';
import type { PinSummary } from '@/lib/articles/edit-queries';
import { findPinnableArticlesAction } from '@/lib/articles/actions';
import { moved, Notes, RowButtons } from './controls';

// Related stories an editor pins, in order, above those the site finds by itself.

type Props = { articleId: number; value: number[]; pins: Record<number, PinSummary>; onChange: (ids: number[], found: PinSummary[]) => void; errors?: string[] };

export function RelatedField({ articleId, value, pins, onChange, errors }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PinSummary[]>([]);

  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await findPinnableArticlesAction(null, { query, exceptId: articleId }).catch(() => null);
      if (current && result?.ok) setFound(result.data);
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [articleId, query]);

  const headline = (id: number) => pins[id]?.headline ?? `Story #${id}`;
  return (
    <fieldset className="editor-fieldset">
      <legend>Pinned related stories</legend>
      <ol className="editor-rows">
        {value.map((id, index) => (
          <li key={id}>
            <span className="row-title">{headline(id)}{pins[id] && pins[id].status !== 'PUBLISHED' ? ' (not published: hidden from readers)' : ''}</span>
            <RowButtons index={index} count={value.length} name={headline(id)} onMove={(from, to) => onChange(moved(value, from, to), [])} onRemove={(i) => onChange(value.filter((_, j) => j !== i), [])} />
          </li>
        ))}
      </ol>
      <div className="admin-field">
        <label htmlFor="related-search">Find a published story to pin</label>
        <input id="related-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words of its headline" />
      </div>
      {query.trim().length >= 2 && (
        <ul className="related-results">
          {found.filter((story) => !value.includes(story.id)).map((story) => (
            <li key={story.id}>
              {story.headline}{' '}
              <button type="button" onClick={() => onChange([...value, story.id], [story])}>Pin</button>
            </li>
          ))}
        </ul>
      )}
      <Notes id="relatedPins" errors={errors} hint="Pinned stories come first under “Related stories”." />
    </fieldset>
  );
}
