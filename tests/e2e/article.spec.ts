import { expect, test } from '@playwright/test';

// The unit of the product: the sample article page, with everything the paper's own page has.
const samplePath = '/north-korea/us-reiterates-security-guarantee-north-korea';

test('the sample article shows every element of the paper’s article page @phone', async ({ page }) => {
  const response = await page.goto(samplePath);
  expect(response?.status()).toBe(200);
  const article = page.locator('article.article');

  await expect(article.locator('.section-label')).toContainText('North Korea');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(article.locator('h1')).toContainText('security guarantee');
  await expect(article.locator('.subheadline')).toContainText('Calls on Kim Jong-un to fulfill his promise to denuclearize');
  await expect(article.locator('.dateline')).toContainText('Posted on : Jul.24,2019 15:50 KST');

  const lead = article.locator('figure.photo').first();
  await expect(lead.locator('img')).toHaveAttribute('alt', /.+/);
  await expect(lead.locator('figcaption')).toContainText('White House on July 22');
  await expect(lead.locator('.credit')).toHaveText('(Reuters/Yonhap News)');
  const leadImage = lead.locator('img');
  await leadImage.scrollIntoViewIfNeeded();
  await expect.poll(() => leadImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  const photo = await page.request.get((await leadImage.getAttribute('src'))!);
  expect(photo.status()).toBe(200);
  expect(photo.headers()['cache-control']).toContain('immutable');

  const body = article.locator('.article-body');
  await expect(body.locator('h2')).toContainText('US reconfirmation of security guarantee');
  await expect(body.locator('figure.pullquote blockquote')).toContainText('We are not going to invade North Korea');

  await expect(article.locator('.byline')).toContainText('By Hwang Joon-bum, Washington correspondent');
  await expect(article.locator('.byline a[href^="mailto:"]')).toHaveCount(1);
  await expect(article.locator('.contact-line')).toContainText('Please direct comments or questions to [english@hani.co.kr]');
  await expect(article.locator('.original-link a')).toHaveAttribute('href', /hani\.co\.kr/);

  const sidebar = page.locator('aside.article-sidebar');
  await expect(sidebar.getByRole('heading', { name: 'Related stories' })).toBeVisible();
  await expect(sidebar.locator('.related li').first()).toBeVisible();
  await expect(sidebar.getByRole('heading', { name: 'Hot issue' })).toBeVisible();
});

test('the article page works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(samplePath);
  await expect(page.locator('h1')).toContainText('security guarantee');
  await expect(page.locator('.byline')).toContainText('Hwang Joon-bum');
  await context.close();
});

test('an article asked for under the wrong section is sent to its canonical address', async ({ page }) => {
  const response = await page.goto('/culture/us-reiterates-security-guarantee-north-korea');
  expect(response?.url()).toMatch(/\/north-korea\/us-reiterates-security-guarantee-north-korea$/);
});

test('an unknown article is a real 404 page', async ({ page }) => {
  const response = await page.goto('/north-korea/no-such-story-was-ever-written');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
});

test('an unknown section is a real 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-section');
  expect(response?.status()).toBe(404);
});
