import { expect, test } from 'vitest';
import { applyFormat, figureDirective, insertBlock } from '@/components/admin/editor/markdown-format';
import { renderMarkdown } from '@/lib/markdown/render';

const at = (text: string, start: number, end = start) => ({ text, start, end });

test('bold wraps the selection and keeps it selected', () => {
  expect(applyFormat(at('Seoul talks', 0, 5), 'bold')).toEqual({ text: '**Seoul** talks', start: 2, end: 7 });
});

test('italic with nothing selected inserts a placeholder to type over', () => {
  const edit = applyFormat(at('Hi ', 3), 'italic');
  expect(edit.text).toBe('Hi _italic text_');
  expect(edit.text.slice(edit.start, edit.end)).toBe('italic text');
});

test('a link selects its address so it can be pasted over', () => {
  const edit = applyFormat(at('See the report', 8, 14), 'link');
  expect(edit.text).toBe('See the [report](https://)');
  expect(edit.text.slice(edit.start, edit.end)).toBe('https://');
});

test('heading, list and quote prefix every selected line once', () => {
  expect(applyFormat(at('one\ntwo\nthree', 1, 6), 'list').text).toBe('- one\n- two\nthree');
  expect(applyFormat(at('> already', 3), 'quote').text).toBe('> already');
  expect(applyFormat(at('Para\nTitle', 7), 'h2').text).toBe('Para\n## Title');
});

test('a pull quote becomes its own block that the public pipeline renders as a pull quote', () => {
  const edit = applyFormat(at('Before. We will talk. After.', 8, 21), 'pullquote');
  expect(edit.text).toBe('Before.\n\n:::pullquote{cite=""}\nWe will talk.\n:::\n\nAfter.');
  expect(renderMarkdown(edit.text)).toContain('<figure class="pullquote"><blockquote>');
});

test('a figure directive from a stored photo survives odd characters in its caption and credit', () => {
  const block = figureDirective({ src: '/media/abcdef0123456789abcd/w960.jpg', alt: 'Diplomats "shake" hands', caption: 'Talks [day 2]', credit: 'Yonhap' });
  const html = renderMarkdown(insertBlock(at('', 0), block).text);
  expect(html).toContain('src="/media/abcdef0123456789abcd/w960.jpg"');
  expect(html).toContain('alt="Diplomats  shake  hands"');
  expect(html).toContain('Talks  day 2');
  expect(html).toContain('<span class="credit">(Yonhap)</span>');
});
