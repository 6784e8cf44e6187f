import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

// What search engines read on every kind of public page: valid markup with one h1 and ordered
// headings, alt text, the <head> metadata and the JSON-LD, checked on the production build.

const samplePath = '/north-korea/us-reiterates-security-guarantee-north-korea';
const editorialPath = '/editorials/editorial-japan-export-curbs-step-backward';
const pages = {
  'the front page': '/',
  'a section': '/north-korea',
  'a subsection': '/editorials',
  'an article': samplePath,
  'an editorial': editorialPath,
  'a topic page': '/topic/us-north-korea-diplomacy',
  'an author page': '/author/hwang-joon-bum',
  'a tag page': '/tag/denuclearization',
  'the latest stories': '/latest',
  'a later page of a list': '/latest/page/2',
  'the multimedia list': '/multimedia',
  'a search results page': '/search?q=pompeo',
  'the page for an unknown address': '/no/such/page/here',
};

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is untyped JSON
async function jsonLd(page: Page): Promise<any[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => JSON.parse(text)['@graph'] ?? [JSON.parse(text)]);
}

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
const link = (page: Page, selector: string) => page.locator(`link${selector}`).first().getAttribute('href');

for (const [kind, pagePath] of Object.entries(pages)) {
  test(`${kind} is valid HTML with one h1, headings in order and alt text on every image`, async ({ page, request, baseURL }) => {
    const html = await (await request.get(pagePath)).text();
    const report = await htmlvalidate.validateString(html, path.join(process.cwd(), 'page.html'));
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`));
    expect(errors).toEqual([]);

    await page.goto(`${baseURL}${pagePath}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.locator('h1')).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i + 1} skips a level`).toBeLessThanOrEqual(1));
    expect(await page.locator('img:not([alt])').count()).toBe(0);
  });
}

test('the article page has a canonical URL, Open Graph article tags, a Twitter card, feeds and its Korean original', async ({ page, baseURL }) => {
  await page.goto(samplePath);
  const canonical = `${baseURL}${samplePath}`;
  expect(await link(page, '[rel="canonical"]')).toBe(canonical);
  expect(await page.title()).toBe('US reiterates security guarantee for North Korea if it denuclearizes : The Hankyoreh English Edition');
  expect(await meta(page, 'description')).toMatch(/^US Secretary of State Mike Pompeo said/);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:url')).toBe(canonical);
  expect(await meta(page, 'og:image')).toMatch(new RegExp(`^${baseURL}/media/[\\w]+/16x9\\.jpg$`));
  expect(await meta(page, 'article:published_time')).toBe('2019-07-24T15:50:00+09:00');
  expect(await meta(page, 'article:modified_time')).toBe('2019-07-24T18:10:00+09:00');
  expect(await meta(page, 'article:author')).toBe(`${baseURL}/author/hwang-joon-bum`);
  expect(await meta(page, 'article:section')).toBe('North Korea');
  expect(await page.locator('meta[property="article:tag"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')))).toContain('Denuclearization');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await link(page, '[rel="alternate"][hreflang="ko"]')).toBe('https://www.hani.co.kr/arti/politics/defense/903259.html');
  expect(await link(page, '[rel="alternate"][hreflang="en"]')).toBe(canonical);
  expect(await link(page, '[rel="alternate"][hreflang="x-default"]')).toBe(canonical);
  expect(await link(page, '[rel="alternate"][type="application/rss+xml"][title^="North Korea"]')).toBe(`${baseURL}/feeds/section/north-korea.xml`);
  expect(await link(page, '[rel="alternate"][type="application/atom+xml"]')).toBe(`${baseURL}/atom.xml`);
  expect(await meta(page, 'robots')).not.toContain('noindex');
});

test('the article’s NewsArticle and breadcrumbs are what the page shows', async ({ page, baseURL }) => {
  await page.goto(samplePath);
  const [article, breadcrumbs] = await jsonLd(page);
  expect(article).toMatchObject({
    '@type': 'NewsArticle',
    headline: 'US reiterates security guarantee for North Korea if it denuclearizes',
    mainEntityOfPage: { '@id': `${baseURL}${samplePath}` },
    datePublished: '2019-07-24T15:50:00+09:00',
    dateModified: '2019-07-24T18:10:00+09:00',
    author: [{ '@type': 'Person', name: 'Hwang Joon-bum', url: `${baseURL}/author/hwang-joon-bum`, jobTitle: 'Washington correspondent' }],
    publisher: { '@type': 'NewsMediaOrganization', name: 'The Hankyoreh', logo: { url: `${baseURL}/logo.png` } },
    articleSection: 'North Korea',
    inLanguage: 'en',
    isAccessibleForFree: true,
    translationOfWork: { url: 'https://www.hani.co.kr/arti/politics/defense/903259.html', inLanguage: 'ko' },
  });
  expect(article.keywords).toEqual(expect.arrayContaining(['US-North Korea diplomacy', 'Denuclearization']));
  const photoKey = (await meta(page, 'og:image'))?.split('/').at(-2);
  expect(article.image.map((i: { url: string }) => i.url)).toEqual(['16x9', '4x3', '1x1'].map((crop) => `${baseURL}/media/${photoKey}/${crop}.jpg`));
  expect((await page.request.get(article.publisher.logo.url)).status()).toBe(200);
  expect(breadcrumbs['@type']).toBe('BreadcrumbList');
  expect(breadcrumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(['The Hankyoreh English Edition', 'North Korea', article.headline]);
});

test('an editorial is an OpinionNewsArticle and a corrected story lists its correction', async ({ page }) => {
  await page.goto(editorialPath);
  expect((await jsonLd(page))[0]['@type']).toBe('OpinionNewsArticle');
  await page.goto('/north-korea/north-korea-us-working-level-talks-stockholm-break-down');
  expect((await jsonLd(page))[0].correction).toEqual([
    { '@type': 'CorrectionComment', text: expect.stringContaining('Lidingö'), datePublished: '2019-10-06T14:05:00+09:00' },
  ]);
});

test('the front page describes the WebSite with its search and the publisher', async ({ page, baseURL }) => {
  await page.goto('/');
  // Next writes the root URL without its slash; "http://host" and "http://host/" are one URL.
  expect(new URL(await link(page, '[rel="canonical"]') ?? '').href).toBe(`${baseURL}/`);
  expect(await page.title()).toBe('The Hankyoreh English Edition');
  const [website, publisher] = await jsonLd(page);
  expect(website).toMatchObject({ '@type': 'WebSite', url: `${baseURL}/` });
  expect(website.potentialAction.target.urlTemplate).toBe(`${baseURL}/search?q={search_term_string}`);
  expect(publisher['@type']).toBe('NewsMediaOrganization');
  expect(await link(page, '[rel="alternate"][type="application/rss+xml"]')).toBe(`${baseURL}/feed.xml`);
});

test('a section is a CollectionPage of its stories with breadcrumbs, and offers its own feeds', async ({ page, baseURL }) => {
  await page.goto('/editorials');
  expect(await link(page, '[rel="canonical"]')).toBe(`${baseURL}/editorials`);
  const [collection, breadcrumbs] = await jsonLd(page);
  expect(collection).toMatchObject({ '@type': 'CollectionPage', url: `${baseURL}/editorials`, name: 'Editorials' });
  const storyLinks = await page.locator('.story-card h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(collection.mainEntity.itemListElement.map((i: { url: string }) => i.url)).toEqual(storyLinks);
  expect(breadcrumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(['The Hankyoreh English Edition', 'Opinion', 'Editorials']);
  expect(await link(page, '[rel="alternate"][type="application/atom+xml"][title^="Editorials"]')).toBe(`${baseURL}/feeds/section/editorials.atom`);
});

test('a topic is a CollectionPage and an author page a ProfilePage about the journalist', async ({ page, baseURL }) => {
  await page.goto('/topic/us-north-korea-diplomacy');
  expect((await jsonLd(page))[0]).toMatchObject({ '@type': 'CollectionPage', name: 'US-North Korea diplomacy' });
  expect(await link(page, '[rel="alternate"][type="application/rss+xml"][title^="US-North Korea"]')).toBe(`${baseURL}/feeds/topic/us-north-korea-diplomacy.xml`);
  await page.goto('/author/hwang-joon-bum');
  const [profile] = await jsonLd(page);
  expect(profile).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Hwang Joon-bum', url: `${baseURL}/author/hwang-joon-bum` } });
  expect(await meta(page, 'og:type')).toBe('profile');
});

test('later pages of a list are their own canonical; search results are never indexed', async ({ page, baseURL }) => {
  await page.goto('/latest/page/2');
  expect(await link(page, '[rel="canonical"]')).toBe(`${baseURL}/latest/page/2`);
  await page.goto('/search?q=pompeo');
  expect(await meta(page, 'robots')).toContain('noindex');
});
