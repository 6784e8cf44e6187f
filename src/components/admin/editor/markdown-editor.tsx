'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { previewMarkdownAction } from '@/lib/articles/actions';
import { applyFormat, insertBlock, shortcuts, type Edit, type Format } from './markdown-format';

// The body: Markdown on the left, and on the right the same HTML the public page will show,
// rendered by the server's pipeline a moment after typing stops.

const PREVIEW_DELAY_MS = 500;

const buttons: { format: Format; label: string; title: string }[] = [
  { format: 'bold', label: 'B', title: 'Bold (Ctrl+B)' },
  { format: 'italic', label: 'I', title: 'Italic (Ctrl+I)' },
  { format: 'link', label: 'Link', title: 'Link (Ctrl+K)' },
  { format: 'h2', label: 'H2', title: 'Subheading' },
  { format: 'list', label: 'List', title: 'Bulleted list' },
  { format: 'quote', label: 'Quote', title: 'Block quote' },
  { format: 'pullquote', label: 'Pull quote', title: 'Pull quote' },
];

type Props = {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  /** Opens the photo picker; the chosen photo comes back as a figure directive to insert. */
  onPickFigure: (insert: (block: string) => void) => void;
};

export function MarkdownEditor({ value, onChange, errors, onPickFigure }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState<{ html: string; error?: string }>({ html: '' });

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const result = await previewMarkdownAction(null, { bodyMarkdown: value });
        if (current) setPreview(result.ok ? { html: result.data.html } : { html: '', error: result.message });
      } catch {
        if (current) setPreview((previous) => ({ ...previous, error: 'The preview could not be refreshed (offline?).' }));
      }
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value]);

  const apply = (edit: (current: Edit) => Edit) => {
    const textarea = area.current;
    if (!textarea) return;
    const next = edit({ text: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd });
    onChange(next.text);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(next.start, next.end);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const format = (event.ctrlKey || event.metaKey) && !event.altKey ? shortcuts[event.key.toLowerCase()] : undefined;
    if (!format) return;
    event.preventDefault();
    apply((current) => applyFormat(current, format));
  };

  return (
    <div className="md-editor">
      <div className="md-toolbar" role="toolbar" aria-label="Formatting" aria-controls="bodyMarkdown">
        {buttons.map((button) => (
          <button key={button.format} type="button" title={button.title} onClick={() => apply((current) => applyFormat(current, button.format))}>
            {button.label}
          </button>
        ))}
        <button type="button" title="Photo from the media library" onClick={() => onPickFigure((block) => apply((current) => insertBlock(current, block)))}>
          Figure
        </button>
      </div>
      <div className="md-panes">
        <div className="admin-field">
          <label htmlFor="bodyMarkdown">Body (Markdown)</label>
          <textarea
            id="bodyMarkdown"
            ref={area}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
            spellCheck
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? 'bodyMarkdown-error' : undefined}
          />
          {errors?.length ? <p className="admin-error" id="bodyMarkdown-error">{errors.join(' ')}</p> : null}
        </div>
        <section className="md-preview" aria-label="Preview">
          <p className="admin-hint">Preview{preview.error ? ` — ${preview.error}` : ''}</p>
          <div className="article-body" data-testid="body-preview" dangerouslySetInnerHTML={{ __html: preview.html }} />
        </section>
      </div>
    </div>
  );
}
