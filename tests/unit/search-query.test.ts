import { expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, searchHref, searchParamsSchema } from '@/lib/search/schema';
import { MARK_END, MARK_START, snippetParts } from '@/lib/search/snippet';

test('a query loses control characters, NUL and private-use marks, keeps every script, and is cut at 200 characters', () => {
  expect(normalizeQuery('  north\u0000 korea\n\t missiles ')).toBe('north korea missiles');
  expect(normalizeQuery(`a${MARK_START}b${MARK_END}c`)).toBe('a b c');
  expect(normalizeQuery('한겨레 北朝鮮 café 🇰🇷')).toBe('한겨레 北朝鮮 café 🇰🇷');
  expect(normalizeQuery('\ud800 lone')).toBe('\ufffd lone');
  expect(Array.from(normalizeQuery('🇰'.repeat(500)))).toHaveLength(MAX_QUERY_LENGTH);
});

test('search parameters that do not parse are dropped, never an error', () => {
  expect(searchParamsSchema.parse({ q: ['first', 'second'], section: '../etc', from: '2024-02-30', to: '2024-02-29', page: 'two' })).toEqual({
    q: 'first', section: undefined, from: undefined, to: '2024-02-29', page: 1,
  });
  expect(searchParamsSchema.parse({})).toEqual({ q: '', section: undefined, from: undefined, to: undefined, page: 1 });
});

test('a results page links to its neighbours with the same query and filters', () => {
  const params = searchParamsSchema.parse({ q: 'north korea & "talks"', section: 'opinion', page: '2' });
  expect(searchHref(params, 3)).toBe('/search?q=north+korea+%26+%22talks%22&section=opinion&page=3');
  expect(searchHref(params, 1)).toBe('/search?q=north+korea+%26+%22talks%22&section=opinion');
});

test('a snippet splits into plain text and matched words, and stray marks never become markup', () => {
  expect(snippetParts(`The ${MARK_START}talks${MARK_END} resumed, ${MARK_START}talks${MARK_END}.`)).toEqual([
    { text: 'The ', match: false },
    { text: 'talks', match: true },
    { text: ' resumed, ', match: false },
    { text: 'talks', match: true },
    { text: '.', match: false },
  ]);
  expect(snippetParts(`<b>x</b> ${MARK_END}y`)).toEqual([{ text: '<b>x</b> y', match: false }]);
  expect(snippetParts(`unclosed ${MARK_START}mark`)).toEqual([{ text: 'unclosed ', match: false }, { text: 'mark', match: true }]);
});
