import { beforeAll, expect, test } from 'vitest';
import type { FeedView } from '@/lib/seo/feeds/queries';
import { articleGuid, renderFeed } from '@/lib/seo/feeds/render';
import type { FeedEntry } from '@/lib/seo/feeds/select';
import { parseXml, rfc3339, rfc822 } from '../helpers/xml';
import { testSiteUrl } from '../helpers/seo-fixtures';

beforeAll(() => {
  process.env.SITE_URL = testSiteUrl;
});

const tricky = 'Kim & Moon say "<no>" to \'talks\'';

const entry = (overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  id: 42,
  path: '/north-korea/us-reiterates-security-guarantee',
  headline: tricky,
  summary: 'Pompeo says <b>yes</b> & no.',
  createdAt: '2019-07-23T20:00:00.000Z',
  publishedAt: '2019-07-24T06:50:00.000Z',
  updatedAt: '2019-07-25T01:00:00.000Z',
  authors: [{ slug: 'hwang-joon-bum', name: 'Hwang Joon-bum' }, { slug: 'kim-ji-eun', name: 'Kim Ji-eun' }],
  categories: [{ slug: 'north-korea', name: 'North Korea & Defense' }],
  image: {
    jpeg: { url: '/media/a1/w960.jpg', type: 'image/jpeg', length: 80_000 },
    webp: { url: '/media/a1/w960.webp', type: 'image/webp', length: 50_000 },
  },
  ...overrides,
});

const view = (entries: FeedEntry[]): FeedView => ({
  title: 'North Korea : The Hankyoreh English Edition', description: 'News & analysis', path: '/north-korea', entries, builtAt: new Date().toISOString(),
});
const scope = { kind: 'section', slug: 'north-korea' } as const;

test('a story’s GUID is a tag URI on the site’s host, dated the KST day it was created, with its id', () => {
  expect(articleGuid(entry())).toBe('tag:english.hani.test,2019-07-24:article:42');
});

test('the GUID stays the same when the story’s slug, section, headline or times change', () => {
  const edited = entry({ path: '/politics/renamed-slug', headline: 'A new headline', publishedAt: '2019-08-01T00:00:00.000Z', updatedAt: '2019-08-02T00:00:00.000Z' });
  expect(articleGuid(edited)).toBe(articleGuid(entry()));
});

test('RSS 2.0 has the channel’s required elements and a self link', () => {
  const { rss } = parseXml(renderFeed(view([entry()]), scope, 'rss'));
  expect(rss['@version']).toBe('2.0');
  expect(rss.channel).toMatchObject({
    title: 'North Korea : The Hankyoreh English Edition',
    link: `${testSiteUrl}/north-korea`,
    description: 'News & analysis',
    language: 'en',
    'atom:link': { '@href': `${testSiteUrl}/feeds/section/north-korea.xml`, '@rel': 'self', '@type': 'application/rss+xml' },
  });
  expect(rss.channel.lastBuildDate).toMatch(rfc822);
});

test('an RSS item has the exact headline, a permanent non-URL guid, the link, the publish date, summary, bylines and photo', () => {
  const xml = renderFeed(view([entry()]), scope, 'rss');
  const [item] = parseXml(xml).rss.channel.item;
  expect(item.title).toBe(tricky);
  expect(item.guid).toEqual({ '#text': 'tag:english.hani.test,2019-07-24:article:42', '@isPermaLink': 'false' });
  expect(item.link).toBe(`${testSiteUrl}/north-korea/us-reiterates-security-guarantee`);
  expect(item.pubDate).toBe('Wed, 24 Jul 2019 06:50:00 GMT');
  expect(item.description).toBe('Pompeo says &lt;b&gt;yes&lt;/b&gt; &amp; no.');
  expect(item['dc:creator']).toBe('Hwang Joon-bum and Kim Ji-eun');
  expect(item.category).toEqual(['North Korea & Defense']);
  expect(item.enclosure).toEqual({ '@url': `${testSiteUrl}/media/a1/w960.jpg`, '@type': 'image/jpeg', '@length': '80000' });
  expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
});

test('Atom has the feed’s id, title, updated time and self link, and each entry its tag id, both dates and authors', () => {
  const { feed } = parseXml(renderFeed(view([entry()]), scope, 'atom'));
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toBe(`${testSiteUrl}/north-korea`);
  expect(feed.updated).toBe('2019-07-25T01:00:00.000Z');
  expect(feed.link).toContainEqual({ '@rel': 'self', '@href': `${testSiteUrl}/feeds/section/north-korea.atom` });
  const [item] = feed.entry;
  expect(item.id).toBe('tag:english.hani.test,2019-07-24:article:42');
  expect(item.published).toMatch(rfc3339);
  expect(item.updated).toBe('2019-07-25T01:00:00.000Z');
  expect(item.author).toEqual([
    { name: 'Hwang Joon-bum', uri: `${testSiteUrl}/author/hwang-joon-bum` },
    { name: 'Kim Ji-eun', uri: `${testSiteUrl}/author/kim-ji-eun` },
  ]);
  expect(item.link).toContainEqual({ '@href': `${testSiteUrl}/north-korea/us-reiterates-security-guarantee` });
  expect(item.link).toContainEqual(expect.objectContaining({ '@rel': 'enclosure', '@href': `${testSiteUrl}/media/a1/w960.webp`, '@type': 'image/webp' }));
  expect(item.category).toEqual([{ '@term': 'north-korea' }]);
});

test('Atom titles are HTML-escaped text, so a reader shows the headline as written and never as markup', () => {
  const [item] = parseXml(renderFeed(view([entry()]), scope, 'atom')).feed.entry;
  expect(item.title['@type']).toBe('html');
  expect(item.title['#text']).toBe('Kim &amp; Moon say &quot;&lt;no&gt;&quot; to \'talks\'');
});

test('a story without photo, summary or byline leaves those elements out', () => {
  const bare = entry({ image: null, summary: '', authors: [] });
  const [item] = parseXml(renderFeed(view([bare]), scope, 'rss')).rss.channel.item;
  expect(item).not.toHaveProperty('enclosure');
  expect(item).not.toHaveProperty('description');
  expect(item).not.toHaveProperty('dc:creator');
});

test('an empty feed is valid and renders the same bytes every time', () => {
  const first = renderFeed(view([]), scope, 'rss');
  expect(parseXml(first).rss.channel).not.toHaveProperty('item');
  expect(renderFeed(view([]), scope, 'rss')).toBe(first);
});
