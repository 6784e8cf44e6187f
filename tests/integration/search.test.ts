import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createArticle, createSection } from '../helpers/reader-fixture';

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

const { search } = await import('@/lib/search/queries');
const { searchParamsSchema, MAX_SEARCH_RESULTS } = await import('@/lib/search/schema');
const { snippetParts } = await import('@/lib/search/snippet');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** A made-up word no other test uses, letters only so the stemmer leaves it alone. */
const word = () => `zx${Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwz'[randomInt(19)]).join('')}`;

const run = (params: Record<string, string | undefined>) => search(searchParamsSchema.parse(params));
const ids = (results: Awaited<ReturnType<typeof run>>) => results?.results.map((r) => r.id);

test('a word in the headline ranks above the same word in the body, even in an older story', async () => {
  const section = await createSection(database.db);
  const term = word();
  const inBody = await createArticle(database.db, { sectionId: section.id, bodyMarkdown: `Officials discussed ${term} at length.`, publishedAt: new Date() });
  const inSummary = await createArticle(database.db, { sectionId: section.id, summary: `A note on ${term}.`, publishedAt: new Date(Date.now() - 86_400_000) });
  const inHeadline = await createArticle(database.db, { sectionId: section.id, headline: `The ${term} question`, publishedAt: new Date('2015-03-01') });
  expect(ids(await run({ q: term }))).toEqual([inHeadline.id, inSummary.id, inBody.id]);
});

test('English stemming finds other forms of the word, and the query syntax of a search box works', async () => {
  const section = await createSection(database.db);
  const place = word();
  const talks = await createArticle(database.db, { sectionId: section.id, headline: `Negotiators resume negotiating in ${place}` });
  const missiles = await createArticle(database.db, { sectionId: section.id, headline: `Missile launched near ${place}`, bodyMarkdown: 'North Korea tested it.' });
  expect(ids(await run({ q: `negotiations ${place}` }))).toEqual([talks.id]);
  expect(ids(await run({ q: `${place} -missile` }))).toEqual([talks.id]);
  expect(ids(await run({ q: `"north korea" ${place}` }))).toEqual([missiles.id]);
  expect(ids(await run({ q: `${place} or nothingmatchesthis` }))?.sort()).toEqual([talks.id, missiles.id].sort());
});

test('only published stories are found', async () => {
  const section = await createSection(database.db);
  const term = word();
  const published = await createArticle(database.db, { sectionId: section.id, headline: term });
  await createArticle(database.db, { sectionId: section.id, headline: term, status: 'DRAFT' });
  await createArticle(database.db, { sectionId: section.id, headline: term, status: 'UNPUBLISHED' });
  expect(ids(await run({ q: term }))).toEqual([published.id]);
});

test('the snippet marks the matched words and is plain words: no Markdown, no HTML from the body', async () => {
  const section = await createSection(database.db);
  const term = word();
  await createArticle(database.db, {
    sectionId: section.id,
    headline: 'Snippet test',
    bodyMarkdown: `Intro.\n\n::figure[Caption]{src="images/x.jpg" alt="x"}\n\nThe **${term}** plan, <script>alert(1)</script> said [the ministry](https://example.com/x), \uE000not\uE001 a match.`,
  });
  const [result] = (await run({ q: term }))!.results;
  const parts = snippetParts(result!.snippet);
  expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual([term]);
  const text = parts.map((p) => p.text).join('');
  expect(text).toContain(`The ${term} plan`);
  expect(text).toContain('said the ministry');
  expect(text).not.toMatch(/\*\*|::figure|https:\/\/example|<|>|\n|\uE000|\uE001/);
});

test('an edited story is found, and shown, by its new words only', async () => {
  const section = await createSection(database.db);
  const [before, after] = [word(), word()];
  const story = await createArticle(database.db, { sectionId: section.id, headline: 'Edit test', bodyMarkdown: `The ${before} plan.` });
  await database.db.article.update({ where: { id: story.id }, data: { bodyMarkdown: `The *${after}* plan.` } });
  expect(ids(await run({ q: before }))).toEqual([]);
  const [result] = (await run({ q: after }))!.results;
  expect(result?.id).toBe(story.id);
  const parts = snippetParts(result!.snippet);
  expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual([after]);
  expect(parts.map((p) => p.text).join('')).not.toMatch(new RegExp(`${before}|\\*`));
});

test('filters by section (a parent includes its subsections) and by KST calendar days', async () => {
  const parent = await createSection(database.db);
  const child = await createSection(database.db, parent.id);
  const other = await createSection(database.db);
  const term = word();
  // 23:30 KST on May 1 is still May 1 in Seoul, though it is May 1 14:30 UTC.
  const mayFirst = await createArticle(database.db, { sectionId: child.id, headline: term, publishedAt: new Date('2024-05-01T14:30:00Z') });
  const maySecond = await createArticle(database.db, { sectionId: other.id, headline: term, publishedAt: new Date('2024-05-01T15:30:00Z') });
  expect(ids(await run({ q: term, section: parent.slug }))).toEqual([mayFirst.id]);
  expect(ids(await run({ q: term, from: '2024-05-02' }))).toEqual([maySecond.id]);
  expect(ids(await run({ q: term, to: '2024-05-01' }))).toEqual([mayFirst.id]);
  expect(ids(await run({ q: term, from: '2024-05-03', to: '2024-05-01' }))).toEqual([]);
});

test('results come ten to a page; a page past the last is null', async () => {
  const section = await createSection(database.db);
  const term = word();
  for (let i = 0; i < 12; i++) await createArticle(database.db, { sectionId: section.id, headline: `${term} ${i}`, publishedAt: new Date(Date.UTC(2020, 0, i + 1)) });
  const [first, second, third] = await Promise.all(['1', '2', '3'].map((page) => run({ q: term, page })));
  expect([first?.results.length, second?.results.length]).toEqual([10, 2]);
  expect([first?.hasNext, second?.hasNext, first?.total]).toEqual([true, false, 12]);
  expect(third).toBeNull();
  expect(await run({ q: term, page: '101' })).toBeNull();
});

test('odd queries give a page of results or none, never an error', async () => {
  const odd = ['', '   ', 'a', 'the', '"', '""', '!!!???', '((', '-', 'OR', '&|!', "'; DROP TABLE \"Article\"; --", '<script>alert(1)</script>',
    '한겨레 신문', '北朝鮮', 'café ☕ 🇰🇷', '\u0000', 'nul\u0000in the middle', '\ud800 lone surrogate', '\uE000marker\uE001', 'x'.repeat(2000), 'korea '.repeat(400)];
  for (const q of odd) {
    const results = await run({ q });
    expect(results, JSON.stringify(q.slice(0, 40))).not.toBeNull();
    expect(Array.isArray(results!.results)).toBe(true);
  }
  expect(await run({ q: 'korea', page: 'x', section: '../../etc', from: '2024-02-30', to: 'yesterday' })).not.toBeNull();
});

test('Korean text is found as it is written', async () => {
  const section = await createSection(database.db);
  const story = await createArticle(database.db, { sectionId: section.id, headline: `Hangeul headline ${word()}`, bodyMarkdown: '한겨레 신문사 기자회견' });
  expect(ids(await run({ q: '기자회견' }))).toContain(story.id);
});

test('only the newest thousand matches are ranked, and the count says so', async () => {
  const section = await createSection(database.db);
  const term = word();
  await database.db.$executeRaw`
    INSERT INTO "Article" (slug, status, headline, "sectionId", "publishedAt", "updatedAt")
    SELECT ${term} || '-' || g, 'PUBLISHED', ${term} || ' story ' || g, ${section.id}::int, timestamp '2010-01-01' + g * interval '1 hour', now()
    FROM generate_series(1, ${MAX_SEARCH_RESULTS + 5}::int) g`;
  const results = await run({ q: term });
  expect(results).toMatchObject({ total: MAX_SEARCH_RESULTS, capped: true, hasNext: true });
  const oldest = await database.db.article.findFirstOrThrow({ where: { slug: `${term}-1` } });
  expect(ids(await run({ q: term, page: '100' }))).not.toContain(oldest.id);
});
