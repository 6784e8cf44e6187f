import { expect, test } from 'vitest';
import { articleFrontMatterSchema, sectionFileSchema } from '@/lib/content/schema';

const valid = {
  headline: 'Seoul and Washington resume talks',
  section: 'north-korea',
  authors: [{ slug: 'hwang-joon-bum', role: 'Washington correspondent' }],
  publishedAt: '2019-07-24T15:50:00+09:00',
};

function issues(value: unknown) {
  const result = articleFrontMatterSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('minimal front matter is valid and gets defaults', () => {
  const parsed = articleFrontMatterSchema.parse(valid);
  expect(parsed).toMatchObject({ kind: 'news', status: 'published', topics: [], tags: [], subheadlines: [] });
  expect(parsed.publishedAt.toISOString()).toBe('2019-07-24T06:50:00.000Z');
});

test('a publish time without an offset is refused with the field named', () => {
  expect(issues({ ...valid, publishedAt: '2019-07-24 15:50' })).toEqual([
    'publishedAt: must be an ISO 8601 time with an offset, e.g. 2019-07-24T15:50:00+09:00',
  ]);
});

test('an unknown kind, a missing byline and a bad section slug are each reported', () => {
  const found = issues({ ...valid, kind: 'gossip', authors: [], section: 'North Korea' });
  expect(found).toHaveLength(3);
  expect(found.some((i) => i.startsWith('kind:'))).toBe(true);
  expect(found).toContain('authors: needs at least one byline');
  expect(found).toContain('section: must be lower-case words joined by hyphens');
});

test('a photo without alt text is refused', () => {
  expect(issues({ ...valid, leadImage: { file: 'a.jpg', alt: '' } })).toEqual(['leadImage.alt: every photo needs alt text']);
});

test('a video must be an https URL', () => {
  expect(issues({ ...valid, video: 'javascript:alert(1)' })[0]).toMatch(/^video:/);
});

test('a section may not take a slug the site uses for its own pages', () => {
  const result = sectionFileSchema.safeParse([{ slug: 'admin', name: 'Admin' }]);
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('is reserved for the site itself');
});
