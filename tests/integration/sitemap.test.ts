import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createAuthor, createSection, createStory, createTopic, hoursAgo } from '../helpers/seo-articles';
import { testSiteUrl } from '../helpers/seo-fixtures';
import { parseXml, rfc3339 } from '../helpers/xml';

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

const { GET: sitemapIndex } = await import('@/app/sitemap.xml/route');
const { GET: monthSitemap } = await import('@/app/sitemaps/articles/[file]/route');
const { GET: sectionsSitemap } = await import('@/app/sitemaps/sections.xml/route');
const { GET: topicsSitemap } = await import('@/app/sitemaps/topics.xml/route');
const { GET: authorsSitemap } = await import('@/app/sitemaps/authors.xml/route');
const { GET: newsSitemap } = await import('@/app/news-sitemap.xml/route');
const { findArticleMonth } = await import('@/lib/seo/sitemaps/article-queries');
const { findSitemapIndex } = await import('@/lib/seo/sitemaps/index');

let database: TestDatabase;

beforeAll(async () => {
  process.env.SITE_URL = testSiteUrl;
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const get = (path: string) => new Request(`${testSiteUrl}${path}`);
const fileParams = (file: string) => ({ params: Promise.resolve({ file }) });
const locs = (urlset: { url?: { loc: string }[] }) => (urlset.url ?? []).map((u) => u.loc);
const url = (story: { slug: string; section: { slug: string } }) => `${testSiteUrl}/${story.section.slug}/${story.slug}`;

describe('article sitemaps by month', () => {
  test('the index lists one file per KST month with the month’s newest change, and the listing sitemaps', async () => {
    const section = await createSection(database.db);
    // 14:30 UTC on July 31 is 23:30 KST, still July in Seoul; 16:00 UTC is already August 1 there.
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2019-07-31T14:30:00Z') });
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2019-07-31T16:00:00Z'), modifiedAt: new Date('2019-08-03T00:00:00Z') });
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2019-09-01T00:00:00Z'), status: 'UNPUBLISHED' });

    const response = await sitemapIndex(get('/sitemap.xml'));
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const entries: { loc: string; lastmod?: string }[] = parseXml(await response.text()).sitemapindex.sitemap;
    const byLoc = new Map(entries.map((e) => [e.loc, e.lastmod]));
    expect([...byLoc.keys()].slice(0, 3)).toEqual(['sections', 'topics', 'authors'].map((k) => `${testSiteUrl}/sitemaps/${k}.xml`));
    expect(byLoc.get(`${testSiteUrl}/sitemaps/articles/2019-07.xml`)).toBe('2019-07-31T23:30:00+09:00');
    expect(byLoc.get(`${testSiteUrl}/sitemaps/articles/2019-08.xml`)).toBe('2019-08-03T09:00:00+09:00');
    expect(byLoc.has(`${testSiteUrl}/sitemaps/articles/2019-09.xml`)).toBe(false);
    for (const lastmod of byLoc.values()) expect(lastmod).toMatch(rfc3339);
  });

  test('a month file lists that month’s published stories, with lastmod, and nothing else', async () => {
    const section = await createSection(database.db);
    const june = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2018-06-15T03:00:00Z'), modifiedAt: new Date('2018-06-16T03:00:00Z') });
    const draft = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2018-06-16T03:00:00Z'), status: 'DRAFT' });
    const gone = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2018-06-17T03:00:00Z'), status: 'UNPUBLISHED' });
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2018-07-01T03:00:00Z') });

    const { urlset } = parseXml(await (await monthSitemap(get('/sitemaps/articles/2018-06.xml'), fileParams('2018-06.xml'))).text());
    expect(urlset.url).toEqual([{ loc: url(june), lastmod: '2018-06-16T12:00:00+09:00' }]);
    expect(locs(urlset)).not.toContain(url(draft));
    expect(locs(urlset)).not.toContain(url(gone));
  });

  test('a month with no stories, a part beyond the month’s end, or a malformed name is a 404', async () => {
    for (const file of ['1999-01.xml', '2018-06-2.xml', '2018-6.xml', 'latest.xml']) {
      expect((await monthSitemap(get(`/sitemaps/articles/${file}`), fileParams(file))).status).toBe(404);
    }
  });

  test('a month with more stories than one file holds continues in numbered parts, listed in the index', async () => {
    const section = await createSection(database.db);
    const story = (day: number) => createStory(database.db, { sectionId: section.id, publishedAt: new Date(`2017-03-0${day}T00:00:00Z`) });
    const [march1, march2, march3] = [await story(1), await story(2), await story(3)] as const;
    const path = (s: typeof march1) => `/${s.section.slug}/${s.slug}`;
    const [first, second] = [await findArticleMonth('2017-03', 1, 2), await findArticleMonth('2017-03', 2, 2)];
    expect(first.map((u) => u.path)).toEqual([path(march1), path(march2)]);
    expect(second.map((u) => u.path)).toEqual([path(march3)]);
    const index = (await findSitemapIndex(2)).map((s) => s.path);
    expect(index).toEqual(expect.arrayContaining(['/sitemaps/articles/2017-03.xml', '/sitemaps/articles/2017-03-2.xml']));
    expect(index).not.toContain('/sitemaps/articles/2017-03-3.xml');
  });
});

describe('listing sitemaps', () => {
  test('sections with stories, their own or their subsections’, are listed after the front page; empty ones are not', async () => {
    const parent = await createSection(database.db);
    const child = await createSection(database.db, { parentId: parent.id });
    const empty = await createSection(database.db);
    const onlyDrafts = await createSection(database.db);
    await createStory(database.db, { sectionId: child.id, publishedAt: new Date('2020-01-02T00:00:00Z') });
    await createStory(database.db, { sectionId: onlyDrafts.id, publishedAt: new Date('2020-01-02T00:00:00Z'), status: 'DRAFT' });

    const { urlset } = parseXml(await (await sectionsSitemap(get('/sitemaps/sections.xml'))).text());
    expect(locs(urlset)[0]).toBe(`${testSiteUrl}/`);
    const entries = new Map(urlset.url.map((u: { loc: string; lastmod: string }) => [u.loc, u.lastmod]));
    expect(entries.get(`${testSiteUrl}/${parent.slug}`)).toBe('2020-01-02T09:00:00+09:00');
    expect(entries.get(`${testSiteUrl}/${child.slug}`)).toBe('2020-01-02T09:00:00+09:00');
    expect(entries.has(`${testSiteUrl}/${empty.slug}`)).toBe(false);
    expect(entries.has(`${testSiteUrl}/${onlyDrafts.slug}`)).toBe(false);
  });

  test('topics and authors with published stories are listed, dated by their newest story; the others are not', async () => {
    const section = await createSection(database.db);
    const [busy, idle] = [await createTopic(database.db), await createTopic(database.db)];
    const [writer, drafter] = [await createAuthor(database.db), await createAuthor(database.db)];
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2020-02-01T00:00:00Z'), topicIds: [busy.id], authorIds: [writer.id] });
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2020-02-05T00:00:00Z'), topicIds: [busy.id], authorIds: [writer.id] });
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2020-02-09T00:00:00Z'), status: 'DRAFT', topicIds: [idle.id], authorIds: [drafter.id] });

    const topics = parseXml(await (await topicsSitemap(get('/sitemaps/topics.xml'))).text()).urlset;
    expect(topics.url).toContainEqual({ loc: `${testSiteUrl}/topic/${busy.slug}`, lastmod: '2020-02-05T09:00:00+09:00' });
    expect(locs(topics)).not.toContain(`${testSiteUrl}/topic/${idle.slug}`);
    const authors = parseXml(await (await authorsSitemap(get('/sitemaps/authors.xml'))).text()).urlset;
    expect(authors.url).toContainEqual({ loc: `${testSiteUrl}/author/${writer.slug}`, lastmod: '2020-02-05T09:00:00+09:00' });
    expect(locs(authors)).not.toContain(`${testSiteUrl}/author/${drafter.slug}`);
  });
});

describe('the Google News sitemap', () => {
  const news = async () => parseXml(await (await newsSitemap(get('/news-sitemap.xml'))).text()).urlset;

  test('with nothing published in two days it is an empty, valid urlset', async () => {
    const { url: entries = [] } = await news();
    expect(entries).toEqual([]);
  });

  test('it lists only stories published in the last 48 hours, newest first, with publication, date and exact title', async () => {
    const section = await createSection(database.db);
    const headline = 'Kim & Moon: "<no>" to \'talks\'';
    const fresh = await createStory(database.db, { sectionId: section.id, publishedAt: hoursAgo(1), headline });
    const older = await createStory(database.db, { sectionId: section.id, publishedAt: hoursAgo(47) });
    const stale = await createStory(database.db, { sectionId: section.id, publishedAt: hoursAgo(49) });
    const pulled = await createStory(database.db, { sectionId: section.id, publishedAt: hoursAgo(2), status: 'UNPUBLISHED' });

    const { url: entries } = await news();
    expect(entries.map((e: { loc: string }) => e.loc)).toEqual([url(fresh), url(older)]);
    expect(entries[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Hankyoreh', 'news:language': 'en' },
      'news:publication_date': expect.stringMatching(/\+09:00$/),
      'news:title': headline,
    });
    expect(new Date(entries[0]['news:news']['news:publication_date']).getTime()).toBe(Math.floor(fresh.publishedAt!.getTime() / 1000) * 1000);
    expect(entries.map((e: { loc: string }) => e.loc)).not.toContain(url(stale));
    expect(entries.map((e: { loc: string }) => e.loc)).not.toContain(url(pulled));
  });

  test('it holds at most 1,000 stories, the newest', async () => {
    const section = await createSection(database.db);
    const base = hoursAgo(40).getTime();
    await database.db.article.createMany({
      data: Array.from({ length: 1005 }, (_, i) => ({
        slug: `burst-${section.id}-${i}`, status: 'PUBLISHED' as const, headline: `Burst ${i}`, sectionId: section.id, publishedAt: new Date(base + i * 60_000),
      })),
    });
    const { url: entries } = await news();
    expect(entries).toHaveLength(1000);
    const listed = entries.map((e: { loc: string }) => e.loc);
    expect(listed).toContain(`${testSiteUrl}/${section.slug}/burst-${section.id}-1004`);
    expect(listed).not.toContain(`${testSiteUrl}/${section.slug}/burst-${section.id}-4`);
  });

  test('it may be cached by a CDN for a minute and revalidated with its ETag', async () => {
    const first = await newsSitemap(get('/news-sitemap.xml'));
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=86400');
    const again = await newsSitemap(new Request(`${testSiteUrl}/news-sitemap.xml`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } }));
    expect(again.status).toBe(304);
  });
});
