import { expect, test } from '@playwright/test';

// Every kind of reader page, over the imported content/ corpus.

test('the front page has a lead, top stories, hot issues, section blocks, opinion and multimedia', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  const lead = page.locator('.front-top .story-card-lead');
  await expect(lead.locator('h2 a')).toHaveText(/.+/);
  await expect(page.locator('.top-stories .story-card')).toHaveCount(4);
  await expect(page.getByRole('navigation', { name: 'Hot issues' }).getByRole('link', { name: 'US-North Korea diplomacy' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'North Korea', level: 2, exact: true })).toBeVisible();
  const opinion = page.locator('.opinion-strip');
  await expect(opinion.getByRole('heading', { name: 'Opinion' })).toBeVisible();
  await expect(opinion.locator('.columnist').first()).toBeVisible();
  await expect(page.locator('.multimedia-strip .story-card-label').first()).toHaveText(/Video|Gallery/);

  const headlines = await page.locator('.front-page article h2 a, .front-page article h3 a, .block-headlines a').allTextContents();
  expect(new Set(headlines).size).toBe(headlines.length);
});

test('a section page lists its subsections\u2019 stories too, newest first', async ({ page }) => {
  await page.goto('/north-korea');
  await expect(page.locator('h1')).toHaveText('North Korea');
  await expect(page.getByRole('navigation', { name: 'North Korea subsections' }).getByRole('link', { name: 'Defense' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'US reiterates security guarantee for North Korea if it denuclearizes' })).toBeVisible();
  const dates = await page.locator('.story-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(6);
  expect(dates).toEqual([...dates].sort().reverse());
  await page.goto('/defense');
  await expect(page.locator('.page-header .section-label a')).toHaveText('North Korea');
});

test('the opinion section shows columns and editorials, with the columnist\u2019s name and photo on columns', async ({ page }) => {
  await page.goto('/opinion');
  await expect(page.locator('h1')).toHaveText('Opinion');
  const column = page.locator('.story-card', { has: page.locator('.columnist', { hasText: 'Kang Eun-jung' }) }).first();
  await expect(column.locator('.columnist img')).toHaveAttribute('src', /\/media\//);
  await expect(page.locator('.story-card', { hasText: 'editorial board' }).first()).toBeVisible();
});

test('a topic page is the hot-issue hub: its description and its stories', async ({ page }) => {
  await page.goto('/topic/us-north-korea-diplomacy');
  await expect(page.locator('h1')).toHaveText('US-North Korea diplomacy');
  await expect(page.locator('.page-header .section-label')).toHaveText('Hot issue');
  await expect(page.locator('.page-description')).toContainText('Washington and Pyongyang');
  await expect(page.getByRole('link', { name: /US reiterates security guarantee/ })).toBeVisible();
});

test('an author page shows the photo, job title, contact, biography and their stories', async ({ page }) => {
  await page.goto('/author/hwang-joon-bum');
  const header = page.locator('.author-header');
  await expect(header.locator('h1')).toHaveText('Hwang Joon-bum');
  await expect(header.locator('img')).toBeVisible();
  await expect(header.locator('.author-job')).toHaveText('Washington correspondent');
  await expect(header.getByRole('link', { name: 'jbhwang@hani.co.kr' })).toHaveAttribute('href', 'mailto:jbhwang@hani.co.kr');
  await expect(header.locator('.page-description').first()).toContainText('Washington');
  await expect(page.getByRole('link', { name: /US reiterates security guarantee/ })).toBeVisible();
});

test('a tag page lists the stories with that tag; an unknown tag is a 404', async ({ page }) => {
  await page.goto('/tag/denuclearization');
  await expect(page.locator('h1')).toHaveText('#Denuclearization');
  await expect(page.getByRole('link', { name: /US reiterates security guarantee/ })).toBeVisible();
  expect((await page.goto('/tag/no-such-tag-at-all'))?.status()).toBe(404);
  expect((await page.goto('/topic/No_Such%20Topic'))?.status()).toBe(404);
});

test('the multimedia page lists the stories with a gallery or a video', async ({ page }) => {
  await page.goto('/multimedia');
  await expect(page.locator('h1')).toHaveText('Multimedia');
  await expect(page.getByRole('link', { name: /Parasite/ }).first()).toBeVisible();
  const labels = await page.locator('.story-card-label').allTextContents();
  expect(labels.length).toBe(await page.locator('.story-card').count());
});

test('an article with a video leads with the privacy-friendly embed, and nothing else is an iframe', async ({ page }) => {
  await page.goto('/culture/parasite-wins-best-picture-at-oscars');
  const frame = page.locator('.lead-video iframe');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/pR7sKq2Lm4w');
  await expect(frame).toHaveAttribute('title', /Video: /);
  const sources = await page.locator('iframe').evaluateAll((frames) => frames.map((f) => f.getAttribute('src') ?? ''));
  expect(sources.every((src) => src.startsWith('https://www.youtube-nocookie.com/embed/') || src.startsWith('https://player.vimeo.com/video/'))).toBe(true);
});

test('a gallery shows each photo with its number, caption and credit', async ({ page }) => {
  await page.goto('/society/scenes-from-the-rally-as-assembly-votes-to-impeach');
  const gallery = page.getByRole('region', { name: /Photos/ });
  const photos = gallery.locator('li figure');
  const count = await photos.count();
  expect(count).toBeGreaterThan(1);
  await expect(photos.first().locator('figcaption')).toContainText(`1/${count}`);
  await expect(photos.first().locator('.credit')).toHaveText(/\(.+\)/);
});

test('an article shows its corrections with their dates and its Updated time', async ({ page }) => {
  await page.goto('/north-korea/north-korea-us-working-level-talks-stockholm-break-down');
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections).toContainText('Oct.06,2019 14:05 KST');
  await expect(corrections).toContainText('Lidingö');
  await page.goto('/north-korea/us-reiterates-security-guarantee-north-korea');
  await expect(page.locator('.dateline')).toContainText('Updated : Jul.24,2019 18:10 KST');
});

test('the header links every section, multimedia, search and the Korean edition; the footer the contact line', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
  for (const name of ['Politics', 'North Korea', 'Economy', 'Opinion', 'Multimedia']) await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(page.locator('.masthead .edition-link')).toHaveAttribute('href', /hani\.co\.kr/);
  await expect(page.locator('.site-footer')).toContainText('Please direct comments or questions to [english@hani.co.kr]');
});

test('reader pages load no script of Next.js, first render or cached; the newsroom keeps its runtime', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of ['/', '/north-korea', '/author/hwang-joon-bum', '/search?q=nuclear', '/north-korea/us-reiterates-security-guarantee-north-korea']) {
    for (const visit of ['first', 'again']) {
      await page.goto(path);
      await expect(page.locator('h1').first(), `${path} (${visit})`).toBeVisible();
      const html = await page.content();
      expect(html, path).not.toContain('self.__next_f');
      expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//);
    }
  }
  expect(scripts).toEqual([]);
  // Next draws a notFound() page in the browser (vercel/next.js#62228), so that page keeps it.
  await page.goto('/north-korea/no-such-story-was-ever-written');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.goto('/admin/login');
  expect(scripts.some((url) => new URL(url).pathname.startsWith('/_next/static/'))).toBe(true);
});
