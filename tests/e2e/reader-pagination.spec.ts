import { expect, test } from '@playwright/test';

// Lists page with stable addresses: /latest, /latest/page/2 … ; page 1 is the bare address.

test('list pages link to each other with rel=prev/next, in the page and in its head', async ({ page }) => {
  await page.goto('/latest');
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\/latest\/page\/2$/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/latest$/);
  const firstPage = await page.locator('.story-card h2 a').allTextContents();
  expect(firstPage).toHaveLength(20);

  await page.getByRole('navigation', { name: 'Pages' }).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/latest\/page\/2$/);
  await expect(page.locator('h1')).toHaveText('Latest news');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/latest\/page\/2$/);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', /\/latest$/);
  const secondPage = await page.locator('.story-card h2 a').allTextContents();
  expect(secondPage).toHaveLength(20);
  expect(secondPage.filter((headline) => firstPage.includes(headline))).toEqual([]);
  await expect(page.locator('.pagination-current')).toHaveText('Page 2');

  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/latest$/);
});

test('/page/1 redirects permanently to the list\u2019s own address', async ({ request }) => {
  const redirects = { '/latest/page/1': '/latest', '/north-korea/page/1': '/north-korea', '/topic/us-north-korea-diplomacy/page/1': '/topic/us-north-korea-diplomacy' };
  for (const [from, to] of Object.entries(redirects)) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe(to);
  }
});

test('a page past the end, or a page that is not a number, is a 404 rather than an empty page', async ({ page }) => {
  for (const path of ['/latest/page/999', '/north-korea/page/2', '/author/hwang-joon-bum/page/2', '/multimedia/page/0', '/latest/page/two', '/latest/page/02', '/tag/denuclearization/page/-1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test('the last page has a link back but none forward', async ({ page }) => {
  await page.goto('/latest/page/2');
  const hasMore = await page.locator('a[rel="next"]').count();
  if (hasMore) await page.locator('a[rel="next"]').click();
  await expect(page.locator('a[rel="prev"]')).toBeVisible();
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
});
