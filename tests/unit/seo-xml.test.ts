import { beforeAll, describe, expect, test } from 'vitest';
import { articleSitemapFileSchema, feedFileSchema } from '@/lib/seo/schema';
import { renderNewsSitemap, renderSitemapIndex, renderUrlset } from '@/lib/seo/sitemaps/render';
import { xmlFile, xmlResponse, type XmlFile } from '@/lib/seo/xml-response';
import { testSiteUrl } from '../helpers/seo-fixtures';
import { parseXml, rfc3339 } from '../helpers/xml';

beforeAll(() => {
  process.env.SITE_URL = testSiteUrl;
});

describe('sitemap files', () => {
  test('a urlset has absolute, escaped locations and KST lastmod dates; a URL without a date has no lastmod', () => {
    const xml = renderUrlset([
      { path: '/politics/moon-&-kim', lastmod: '2019-07-24T06:50:00.000Z' },
      { path: '/', lastmod: null },
    ]);
    const { urlset } = parseXml(xml);
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url).toEqual([
      { loc: `${testSiteUrl}/politics/moon-&-kim`, lastmod: '2019-07-24T15:50:00+09:00' },
      { loc: `${testSiteUrl}/` },
    ]);
    expect(xml).toContain('moon-&amp;-kim');
  });

  test('an index lists sitemaps with their lastmod', () => {
    const { sitemapindex } = parseXml(renderSitemapIndex([{ path: '/sitemaps/articles/2019-07.xml', lastmod: '2019-07-31T00:00:00.000Z' }]));
    expect(sitemapindex.sitemap).toEqual([{ loc: `${testSiteUrl}/sitemaps/articles/2019-07.xml`, lastmod: '2019-07-31T09:00:00+09:00' }]);
  });

  test('a news entry names the publication and language, the KST publication date and the exact headline', () => {
    const headline = 'Kim & Moon: "<no>" to \'talks\'';
    const { urlset } = parseXml(renderNewsSitemap([{ path: '/politics/a', headline, language: 'en', publishedAt: '2019-07-24T06:50:00.000Z' }]));
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url[0]).toEqual({
      loc: `${testSiteUrl}/politics/a`,
      'news:news': {
        'news:publication': { 'news:name': 'The Hankyoreh', 'news:language': 'en' },
        'news:publication_date': '2019-07-24T15:50:00+09:00',
        'news:title': headline,
      },
    });
    expect(urlset.url[0]['news:news']['news:publication_date']).toMatch(rfc3339);
  });

  test('an empty news sitemap is still a valid urlset', () => {
    expect(parseXml(renderNewsSitemap([])).urlset).toMatchObject({ '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9' });
  });
});

describe('conditional requests', () => {
  const get = (headers: Record<string, string> = {}) => new Request('https://english.hani.test/feed.xml', { headers });
  const body = '<rss version="2.0"/>';
  const lastModified = new Date('2019-07-24T06:50:00.500Z');

  test('a response is cacheable by a CDN, served stale while it refreshes, with an ETag and Last-Modified', async () => {
    const response = xmlResponse(get(), xmlFile(body, lastModified), { contentType: 'application/rss+xml' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=300, stale-while-revalidate=86400');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get('last-modified')).toBe('Wed, 24 Jul 2019 06:50:00 GMT');
    expect(await response.text()).toBe(body);
  });

  test('the same ETag, also weak or in a list, answers 304 without a body; another ETag gets the content', async () => {
    const etag = xmlResponse(get(), xmlFile(body), { contentType: 'application/xml' }).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const response = xmlResponse(get({ 'if-none-match': ifNoneMatch }), xmlFile(body), { contentType: 'application/xml' });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('etag')).toBe(etag);
    }
    expect(xmlResponse(get({ 'if-none-match': '"other"' }), xmlFile(body), { contentType: 'application/xml' }).status).toBe(200);
  });

  test('If-Modified-Since at or after Last-Modified answers 304; an earlier date, or no Last-Modified, gets the content', () => {
    const respond = (since: string, modified: Date | null = lastModified) =>
      xmlResponse(get({ 'if-modified-since': since }), xmlFile(body, modified), { contentType: 'application/xml' }).status;
    expect(respond('Wed, 24 Jul 2019 06:50:00 GMT')).toBe(304);
    expect(respond('Wed, 24 Jul 2019 06:49:59 GMT')).toBe(200);
    expect(respond('Wed, 24 Jul 2019 06:50:00 GMT', null)).toBe(200);
    expect(respond('not a date')).toBe(200);
  });

  test('a file kept in the data cache (as JSON) answers as the file it was', async () => {
    const stored: XmlFile = JSON.parse(JSON.stringify(xmlFile(body, lastModified)));
    const fresh = xmlResponse(get(), xmlFile(body, lastModified), { contentType: 'application/xml' });
    const response = xmlResponse(get(), stored, { contentType: 'application/xml' });
    expect([response.headers.get('etag'), response.headers.get('last-modified')]).toEqual([fresh.headers.get('etag'), fresh.headers.get('last-modified')]);
    expect(await response.text()).toBe(body);
    expect(xmlResponse(get({ 'if-modified-since': 'Wed, 24 Jul 2019 06:50:00 GMT' }), stored, { contentType: 'application/xml' }).status).toBe(304);
  });

  test('If-None-Match wins over If-Modified-Since', () => {
    const headers = { 'if-none-match': '"changed"', 'if-modified-since': 'Thu, 25 Jul 2019 00:00:00 GMT' };
    expect(xmlResponse(get(headers), xmlFile(body, lastModified), { contentType: 'application/xml' }).status).toBe(200);
  });
});

describe('file names in feed and sitemap URLs', () => {
  test('a feed file names its slug and its format by extension', () => {
    expect(feedFileSchema.parse({ kind: 'section', file: 'north-korea.xml' })).toEqual({ kind: 'section', file: { slug: 'north-korea', format: 'rss' } });
    expect(feedFileSchema.parse({ kind: 'author', file: 'hwang-joon-bum.atom' }).file).toEqual({ slug: 'hwang-joon-bum', format: 'atom' });
  });

  test('other kinds, extensions or slugs are refused', () => {
    for (const params of [{ kind: 'tag', file: 'a.xml' }, { kind: 'topic', file: 'a.json' }, { kind: 'topic', file: 'A_B.xml' }, { kind: 'topic', file: '.xml' }]) {
      expect(feedFileSchema.safeParse(params).success).toBe(false);
    }
  });

  test('a month sitemap is YYYY-MM, optionally followed by its part number', () => {
    expect(articleSitemapFileSchema.parse('2019-07.xml')).toEqual({ month: '2019-07', part: 1 });
    expect(articleSitemapFileSchema.parse('2019-07-2.xml')).toEqual({ month: '2019-07', part: 2 });
    for (const file of ['2019-13.xml', '2019-7.xml', '2019-07-0.xml', '2019-07.atom', '../2019-07.xml']) {
      expect(articleSitemapFileSchema.safeParse(file).success).toBe(false);
    }
  });
});
