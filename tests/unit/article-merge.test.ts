import { expect, test } from 'vitest';
import { mergeLines, mergeVersions } from '@/lib/articles/merge';
import type { ArticleFields } from '@/lib/articles/schema';

const base = 'One.\n\nTwo.\n\nThree.';

test('changes to different paragraphs, even neighbours, are both kept', () => {
  expect(mergeLines(base, 'One, changed.\n\nTwo.\n\nThree.', 'One.\n\nTwo.\n\nThree, by the desk.')).toBe('One, changed.\n\nTwo.\n\nThree, by the desk.');
  expect(mergeLines(base, 'One.\n\nTwo!\n\nThree.', 'One.\n\nTwo.\n\nThree.\n\nFour.')).toBe('One.\n\nTwo!\n\nThree.\n\nFour.');
});

test('an insertion and a deletion elsewhere merge', () => {
  expect(mergeLines(base, 'Zero.\n\nOne.\n\nTwo.\n\nThree.', 'One.\n\nThree.')).toBe('Zero.\n\nOne.\n\nThree.');
});

test('the same line changed two ways cannot be merged', () => {
  expect(mergeLines(base, 'One (mine).\n\nTwo.\n\nThree.', 'One (theirs).\n\nTwo.\n\nThree.')).toBeNull();
  expect(mergeLines(base, 'Before (mine).\n' + base, 'Before (theirs).\n' + base)).toBeNull();
});

test('the same change made by both is made once', () => {
  expect(mergeLines(base, 'One.\n\nTwo, fixed.\n\nThree.', 'One.\n\nTwo, fixed.\n\nThree.')).toBe('One.\n\nTwo, fixed.\n\nThree.');
});

const fields = (patch: Partial<ArticleFields>): ArticleFields => ({
  headline: 'Talks', subheadlines: [], summary: '', bodyMarkdown: base, kind: 'NEWS', sectionId: 1, topicIds: [], tags: [],
  authors: [{ authorId: 1, role: null }], leadImageId: null, gallery: [], relatedPins: [], originalUrl: null, videoUrl: null,
  seoTitle: null, seoDescription: null, slug: 'talks', frontPagePlacement: 'NONE', frontPageRank: 0, ...patch,
});

test('each field goes to whoever changed it; where both did, mine wins and the field is named', () => {
  const merged = mergeVersions(fields({}), fields({ headline: 'Mine', summary: 'Mine too' }), fields({ tags: ['Theirs'], summary: 'Theirs' }));
  expect(merged.fields).toMatchObject({ headline: 'Mine', tags: ['Theirs'], summary: 'Mine too' });
  expect(merged.bothChanged).toEqual(['summary']);
  expect(merged.body).toBe(base);
});
