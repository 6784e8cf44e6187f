import { expect, test } from 'vitest';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

test('plain text drops markup but keeps the words', () => {
  expect(markdownToPlainText('# Talks resume\n\nTalks *resumed* in **Seoul**\'s [Blue House](/x), `10:00`.')).toBe(
    "Talks resume Talks resumed in Seoul's Blue House, 10:00.",
  );
});

test('plain text keeps pull quote words and drops figures, videos and raw HTML', () => {
  const markdown = [
    'Lead paragraph.',
    '::figure[Photo caption]{src="/media/a.jpg" credit="Yonhap"}',
    ':::pullquote{cite="Stephen Biegun"}\nWe are not going to invade.\n:::',
    '::video{src="https://youtu.be/dQw4w9WgXcQ"}',
    '<script>alert(1)</script>',
    'Last paragraph.',
  ].join('\n\n');
  expect(markdownToPlainText(markdown)).toBe('Lead paragraph. We are not going to invade. Last paragraph.');
});

test('plain text leaves footnotes out', () => {
  expect(markdownToPlainText('Exports fell.[^1]\n\n[^1]: Customs data.')).toBe('Exports fell.');
});

test('plain text collapses whitespace across blocks, lists and line breaks', () => {
  expect(markdownToPlainText('One  \ntwo\n\n- three\n-   four\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe(
    'One two three four a b 1 2',
  );
});

test('plain text restores prose that parses as a text directive and drops real directive syntax', () => {
  expect(markdownToPlainText('The anime Re:Zero aired.')).toBe('The anime Re:Zero aired.');
  expect(markdownToPlainText('The :abbr[NIS]{title="x"} said.')).toBe('The NIS said.');
  expect(markdownToPlainText(':::box\nInside.\n:::')).toBe('Inside.');
});

test('plain text under maxLength is returned whole', () => {
  expect(markdownToPlainText('Short story.', 50)).toBe('Short story.');
});

test('plain text over maxLength is cut on a word boundary with an ellipsis', () => {
  const text = markdownToPlainText('North Korea fired two short-range ballistic missiles, officials said.', 30);
  expect(text).toBe('North Korea fired two…');
  expect(text.length).toBeLessThanOrEqual(30);
});

test('a cut never ends in a dangling comma', () => {
  expect(markdownToPlainText('Seoul, Busan and Incheon', 10)).toBe('Seoul…');
});

test('a single word longer than maxLength is cut mid-word', () => {
  expect(markdownToPlainText('Supercalifragilistic', 8)).toBe('Superca…');
});
