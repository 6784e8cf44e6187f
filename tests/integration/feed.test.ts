import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { createAuthor, createSection, createStory, createTopic } from '../helpers/seo-articles';
import { photo, testSiteUrl } from '../helpers/seo-fixtures';
import { parseXml, rfc3339, rfc822 } from '../helpers/xml';

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

const { GET: siteRss } = await import('@/app/feed.xml/route');
const { GET: siteAtom } = await import('@/app/atom.xml/route');
const { GET: scopedFeed } = await import('@/app/feeds/[kind]/[file]/route');
const { FEED_LENGTH } = await import('@/lib/seo/feeds/queries');

let database: TestDatabase;

beforeAll(async () => {
  process.env.SITE_URL = testSiteUrl;
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const request = (path: string, headers: Record<string, string> = {}) => new Request(`${testSiteUrl}${path}`, { headers });
const feed = (kind: string, file: string, headers: Record<string, string> = {}) =>
  scopedFeed(request(`/feeds/${kind}/${file}`, headers), { params: Promise.resolve({ kind, file }) });
const rssItems = async (response: Response) => parseXml(await response.text()).rss.channel.item ?? [];
const links = (items: { link: string }[]) => items.map((i) => i.link);
const url = (story: { slug: string; section: { slug: string } }) => `${testSiteUrl}/${story.section.slug}/${story.slug}`;

describe('the site feeds', () => {
  test('RSS lists published stories only, newest first, with RFC 822 dates', async () => {
    const section = await createSection(database.db);
    const older = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2030-01-01T00:00:00Z') });
    const newer = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2030-01-02T00:00:00Z') });
    const draft = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2030-01-03T00:00:00Z'), status: 'DRAFT' });
    const pulled = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2030-01-04T00:00:00Z'), status: 'UNPUBLISHED' });

    const response = await siteRss(request('/feed.xml'));
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const items = await rssItems(response);
    expect(links(items).slice(0, 2)).toEqual([url(newer), url(older)]);
    expect(links(items)).not.toContain(url(draft));
    expect(links(items)).not.toContain(url(pulled));
    for (const item of items) expect(item.pubDate).toMatch(rfc822);
  });

  test('Atom lists the same stories with RFC 3339 dates', async () => {
    const response = await siteAtom(request('/atom.xml'));
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const { feed: atom } = parseXml(await response.text());
    expect(atom.updated).toMatch(rfc3339);
    for (const entry of atom.entry) {
      expect(entry.published).toMatch(rfc3339);
      expect(entry.id).toMatch(/^tag:english\.hani\.test,\d{4}-\d{2}-\d{2}:article:\d+$/);
    }
  });

  test('a feed holds at most the newest thirty stories', async () => {
    const section = await createSection(database.db);
    await database.db.article.createMany({
      data: Array.from({ length: FEED_LENGTH + 2 }, (_, i) => ({
        slug: uniqueKey('many'), status: 'PUBLISHED' as const, headline: `Story ${i}`, sectionId: section.id, publishedAt: new Date(Date.UTC(2031, 0, 1, 0, i)),
      })),
    });
    const items = await rssItems(await feed('section', `${section.slug}.xml`));
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items[0].title).toBe(`Story ${FEED_LENGTH + 1}`);
  });

  test('a story keeps its GUID when its slug, section and headline are edited', async () => {
    const [first, second] = [await createSection(database.db), await createSection(database.db)];
    const story = await createStory(database.db, { sectionId: first.id, publishedAt: new Date('2032-05-05T00:00:00Z') });
    const guidAt = async (link: string) => (await rssItems(await siteRss(request('/feed.xml')))).find((i: { link: string }) => i.link === link)?.guid;
    const before = await guidAt(url(story));
    const edited = await database.db.article.update({
      where: { id: story.id },
      data: { slug: uniqueKey('renamed'), headline: 'A new headline', sectionId: second.id },
      include: { section: { select: { slug: true } } },
    });
    expect(before['#text']).toMatch(new RegExp(`:article:${story.id}$`));
    expect(await guidAt(url(edited))).toEqual(before);
  });

  test('a story with a lead photo carries it as a JPEG enclosure with its size', async () => {
    const section = await createSection(database.db);
    const fixture = photo(uniqueKey('m'));
    const media = await database.db.media.create({ data: { key: uniqueKey('media'), mimeType: 'image/jpeg', width: 2000, height: 1333, variants: fixture.variants as object[] } });
    const story = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2033-01-01T00:00:00Z') });
    await database.db.article.update({ where: { id: story.id }, data: { leadImageId: media.id } });
    const [item] = await rssItems(await feed('section', `${section.slug}.xml`));
    const jpeg = (fixture.variants as { key: string; format: string; name: string }[]).find((v) => v.format === 'jpeg' && v.name === 'w960');
    expect(item.enclosure).toEqual({ '@url': `${testSiteUrl}/media/${jpeg?.key}`, '@type': 'image/jpeg', '@length': '80000' });
  });
});

describe('section, topic and author feeds', () => {
  test('a section’s feed includes its subsections’ stories and leaves other sections’ out', async () => {
    const parent = await createSection(database.db, { name: 'Opinion & Views' });
    const child = await createSection(database.db, { parentId: parent.id });
    const other = await createSection(database.db);
    const inChild = await createStory(database.db, { sectionId: child.id, publishedAt: new Date('2029-01-01T00:00:00Z') });
    const elsewhere = await createStory(database.db, { sectionId: other.id, publishedAt: new Date('2029-01-02T00:00:00Z') });
    const response = await feed('section', `${parent.slug}.xml`);
    const channel = parseXml(await response.clone().text()).rss.channel;
    expect(channel.title).toBe('Opinion & Views : The Hankyoreh English Edition');
    expect(links(await rssItems(response))).toEqual([url(inChild)]);
    expect(links(await rssItems(await feed('section', `${other.slug}.xml`)))).toEqual([url(elsewhere)]);
  });

  test('a topic’s and an author’s feeds list their published stories in RSS and Atom', async () => {
    const section = await createSection(database.db);
    const topic = await createTopic(database.db);
    const author = await createAuthor(database.db, 'Kim Ji-eun');
    const story = await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2028-01-01T00:00:00Z'), topicIds: [topic.id], authorIds: [author.id] });
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2028-01-02T00:00:00Z'), status: 'DRAFT', topicIds: [topic.id], authorIds: [author.id] });

    expect(links(await rssItems(await feed('topic', `${topic.slug}.xml`)))).toEqual([url(story)]);
    const authorItems = await rssItems(await feed('author', `${author.slug}.xml`));
    expect(links(authorItems)).toEqual([url(story)]);
    expect(authorItems[0]['dc:creator']).toBe('Kim Ji-eun');
    const atom = parseXml(await (await feed('author', `${author.slug}.atom`)).text()).feed;
    expect(atom.entry.map((e: { link: { '@href': string }[] }) => e.link[0]?.['@href'])).toEqual([url(story)]);
    expect(atom.link).toContainEqual({ '@rel': 'self', '@href': `${testSiteUrl}/feeds/author/${author.slug}.atom` });
  });

  test('an unknown section, topic or author, or a malformed file name, is a 404', async () => {
    const requests: [string, string][] = [['section', 'nowhere.xml'], ['topic', 'nowhere.atom'], ['author', 'nobody.xml'], ['tag', 'x.xml'], ['section', 'x.json']];
    for (const [kind, file] of requests) {
      expect((await feed(kind, file)).status).toBe(404);
    }
  });
});

describe('caching', () => {
  test('a feed is cacheable by a CDN and carries an ETag and a Last-Modified date', async () => {
    const response = await siteRss(request('/feed.xml'));
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=300, stale-while-revalidate=86400');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(new Date(response.headers.get('last-modified') ?? '').getTime()).not.toBeNaN();
  });

  test('a reader holding the current ETag, or a date at or after the last change, gets 304 without a body', async () => {
    const etag = (await siteRss(request('/feed.xml'))).headers.get('etag') ?? '';
    const byEtag = await siteRss(request('/feed.xml', { 'if-none-match': etag }));
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe('');
    const byDate = await siteRss(request('/feed.xml', { 'if-modified-since': new Date(Date.now() + 60_000).toUTCString() }));
    expect(byDate.status).toBe(304);
  });

  test('after a new story is published the old ETag no longer matches', async () => {
    const etag = (await siteRss(request('/feed.xml'))).headers.get('etag') ?? '';
    const section = await createSection(database.db);
    await createStory(database.db, { sectionId: section.id, publishedAt: new Date('2040-01-01T00:00:00Z') });
    const response = await siteRss(request('/feed.xml', { 'if-none-match': etag }));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBe(etag);
  });
});
