// The toolbar's edits to the Markdown source: each takes the text and the selection and
// returns the new text and what to select next, so typing can carry on where it makes sense.

export type Format = 'bold' | 'italic' | 'link' | 'h2' | 'list' | 'quote' | 'pullquote';
export type Edit = { text: string; start: number; end: number };

function wrap({ text, start, end }: Edit, before: string, after: string, placeholder: string): Edit {
  const selected = text.slice(start, end) || placeholder;
  const next = text.slice(0, start) + before + selected + after + text.slice(end);
  return { text: next, start: start + before.length, end: start + before.length + selected.length };
}

/** Prefixes every line the selection touches (`## `, `- `, `> `). */
function prefixLines({ text, start, end }: Edit, prefix: string): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const lines = text.slice(lineStart, lineEnd).split('\n').map((line) => (line.startsWith(prefix) ? line : prefix + line));
  const block = lines.join('\n');
  return { text: text.slice(0, lineStart) + block + text.slice(lineEnd), start: lineStart, end: lineStart + block.length };
}

/** A block on its own lines, with a blank line either side as Markdown wants. */
export function insertBlock({ text, start, end }: Edit, block: string): Edit {
  const before = text.slice(0, start).replace(/\s*$/, '');
  const after = text.slice(end).replace(/^\s*/, '');
  const head = before ? `${before}\n\n` : '';
  const next = `${head}${block}${after ? `\n\n${after}` : '\n'}`;
  return { text: next, start: head.length, end: head.length + block.length };
}

export function applyFormat(edit: Edit, format: Format): Edit {
  switch (format) {
    case 'bold':
      return wrap(edit, '**', '**', 'bold text');
    case 'italic':
      return wrap(edit, '_', '_', 'italic text');
    case 'link': {
      const linked = wrap(edit, '[', '](https://)', 'link text');
      const url = linked.end + 2;
      return { text: linked.text, start: url, end: url + 'https://'.length };
    }
    case 'h2':
      return prefixLines(edit, '## ');
    case 'list':
      return prefixLines(edit, '- ');
    case 'quote':
      return prefixLines(edit, '> ');
    case 'pullquote': {
      const quote = edit.text.slice(edit.start, edit.end).trim() || 'The words to pull out.';
      return insertBlock(edit, `:::pullquote{cite=""}\n${quote}\n:::`);
    }
  }
}

const attribute = (value: string) => value.replace(/["\n]/g, ' ').trim();

/** The figure directive for a stored photo, as the public page renders it. */
export function figureDirective(photo: { src: string; alt: string; caption: string; credit: string }): string {
  const caption = photo.caption.replace(/[[\]\n]/g, ' ').trim();
  return `::figure[${caption}]{src="${photo.src}" alt="${attribute(photo.alt)}" credit="${attribute(photo.credit)}"}`;
}

export const shortcuts: Record<string, Format> = { b: 'bold', i: 'italic', k: 'link' };
