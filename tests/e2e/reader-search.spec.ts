import { expect, test } from '@playwright/test';

// /search: Postgres full-text search, ranked, with highlighted excerpts and filters.

test('searching from the header finds the sample article with the matched words highlighted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Pompeo security guarantee');
  await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=Pompeo\+security\+guarantee/);
  const first = page.locator('.search-result').first();
  await expect(first.locator('h2')).toHaveText('US reiterates security guarantee for North Korea if it denuclearizes');
  await expect(first.locator('mark').first()).toHaveText(/pompeo|security|guarantee/i);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the filters narrow results by section and by date, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search?q=korea');
  await page.getByLabel('Section', { exact: true }).selectOption('opinion');
  await page.getByLabel('From').fill('2020-01-01');
  await page.getByRole('search', { name: 'Search the archive' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/section=opinion/);
  const sections = await page.locator('.search-result .section-label').allTextContents();
  expect(sections.length).toBeGreaterThan(0);
  expect(sections.every((name) => ['Opinion', 'Columns', 'Editorials'].includes(name.trim()))).toBe(true);
  const years = await page.locator('.search-result time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!.slice(0, 4)));
  expect(years.every((year) => year >= '2020')).toBe(true);
  await context.close();
});

test('results are paginated ten to a page', async ({ page }) => {
  await page.goto('/search?q=korea');
  await expect(page.locator('.search-result')).toHaveCount(10);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('.search-results ol')).toHaveAttribute('start', '11');
});

test('odd queries give a page, never an error, and the query is shown as text', async ({ page }) => {
  const odd = ['', 'a', '""', '"', '!!!', '(', '-', 'x'.repeat(2000), '한겨레', '🇰🇷', '<img src=x onerror=alert(1)>'];
  const paths = [...odd.map((q) => `/search?q=${encodeURIComponent(q)}`), '/search?q=a%00b', '/search?q=%E0%A4%A', '/search?q=korea&from=2024-02-30&section=..%2F'];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path.slice(0, 40)).toBe(200);
  }
  await page.goto(paths[odd.length - 1]!);
  await expect(page.locator('h1')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect((await page.goto('/search?q=korea&page=500'))?.status()).toBe(404);
});
