import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';

// What crawlers and feed readers get over HTTP from the production build: one canonical form
// per URL, status codes, cache headers fit for a CDN, and well-formed sitemaps and feeds.

const samplePath = '/north-korea/us-reiterates-security-guarantee-north-korea';
const noRedirect = { maxRedirects: 0 };

test('a trailing slash redirects permanently to the one canonical form', async ({ request }) => {
  for (const path of ['/north-korea/', `${samplePath}/`]) {
    const response = await request.get(path, noRedirect);
    expect(response.status(), path).toBe(308);
    expect(response.headers().location).toBe(path.slice(0, -1));
  }
});

test('a story reached under the wrong section redirects permanently to its address', async ({ request }) => {
  const response = await request.get('/politics/us-reiterates-security-guarantee-north-korea', noRedirect);
  expect(response.status()).toBe(308);
  // Next 16 repeats the Location header of a redirect from an ISR page; every copy must agree.
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location').map((h) => h.value);
  expect(new Set(locations)).toEqual(new Set([samplePath]));
});

test('unknown addresses, sections, stories and feeds answer 404', async ({ request }) => {
  for (const path of ['/no-such-section', '/north-korea/no-such-story', '/no/such/page/here', '/feeds/section/no-such-section.xml', '/sitemaps/articles/1990-01.xml']) {
    expect((await request.get(path, noRedirect)).status(), path).toBe(404);
  }
});

/**
 * The copy the cache holds. A first render (MISS) may answer before it is stored, and a copy past
 * its revalidation time (STALE) is answered once more while it is refreshed; the next copy differs
 * (a feed's build date, views counted by earlier tests), so the ETag to revalidate is a HIT's.
 */
async function currentCopy(request: APIRequestContext, path: string): Promise<APIResponse> {
  let response = await request.get(path);
  for (let tries = 0; response.headers()['x-nextjs-cache'] !== 'HIT' && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    response = await request.get(path);
  }
  return response;
}

test('public pages are cached briefly by a CDN, served stale while refreshed, and revalidated by ETag', async ({ request }) => {
  for (const path of ['/', '/north-korea', samplePath]) {
    const response = await currentCopy(request, path);
    const cacheControl = response.headers()['cache-control'];
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
    const etag = response.headers().etag ?? '';
    expect(etag, path).toMatch(/^(W\/)?".+"$/);
    expect((await request.get(path, { headers: { 'if-none-match': etag } })).status(), path).toBe(304);
  }
});

test('pages, feeds, static assets, redirects and the newsroom carry the security headers', async ({ request }) => {
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await request.get('/')).text())?.[1];
  expect(css).toBeTruthy();
  for (const path of ['/', samplePath, '/feed.xml', '/no-such-section', '/north-korea/', '/admin/login', css!]) {
    const headers = (await request.get(path, noRedirect)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
  }
});

test('the newsroom is never cached', async ({ request }) => {
  for (const path of ['/admin', '/admin/login']) {
    const cacheControl = (await request.get(path, noRedirect)).headers()['cache-control'];
    expect(cacheControl, path).toContain('private');
    expect(cacheControl, path).toContain('no-store');
  }
});

test('robots.txt lists both sitemaps and keeps crawlers out of the newsroom, previews and search', async ({ request, baseURL }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  for (const rule of ['/admin/', '/preview/', '/search?', '/search$']) expect(text).toContain(`Disallow: ${rule}`);
});

test('every sitemap the index lists is well-formed XML, and the sample story is in its month', async ({ request, baseURL }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(sitemaps).toContain(`${baseURL}/sitemaps/articles/2019-07.xml`);
  for (const sitemap of sitemaps) {
    const response = await request.get(sitemap);
    expect(response.status(), sitemap).toBe(200);
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(await response.text()), sitemap).toBe(true);
  }
  expect(await (await request.get('/sitemaps/articles/2019-07.xml')).text()).toContain(`<loc>${baseURL}${samplePath}</loc>`);
  const news = await request.get('/news-sitemap.xml');
  expect(XMLValidator.validate(await news.text())).toBe(true);
});

test('the site, section, topic and author feeds are well-formed RSS and Atom with validators', async ({ request }) => {
  const feeds = {
    '/feed.xml': 'application/rss+xml', '/atom.xml': 'application/atom+xml',
    '/feeds/section/north-korea.xml': 'application/rss+xml', '/feeds/section/north-korea.atom': 'application/atom+xml',
    '/feeds/topic/us-north-korea-diplomacy.xml': 'application/rss+xml', '/feeds/author/hwang-joon-bum.atom': 'application/atom+xml',
  };
  for (const [path, type] of Object.entries(feeds)) {
    const response = await currentCopy(request, path);
    expect(response.headers()['content-type'], path).toBe(`${type}; charset=utf-8`);
    expect(XMLValidator.validate(await response.text()), path).toBe(true);
    const etag = response.headers().etag ?? '';
    expect((await request.get(path, { headers: { 'if-none-match': etag } })).status(), path).toBe(304);
  }
  expect(await (await request.get('/feeds/author/hwang-joon-bum.atom')).text()).toContain(samplePath);
});
