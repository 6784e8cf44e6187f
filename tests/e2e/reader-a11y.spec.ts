import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Accessibility, phones and print for every kind of reader page.

const pages = {
  front: '/',
  section: '/north-korea',
  opinion: '/opinion',
  topic: '/topic/us-north-korea-diplomacy',
  author: '/author/hwang-joon-bum',
  tag: '/tag/denuclearization',
  multimedia: '/multimedia',
  latest: '/latest/page/2',
  search: '/search?q=pompeo',
  article: '/north-korea/us-reiterates-security-guarantee-north-korea',
  gallery: '/society/scenes-from-the-rally-as-assembly-votes-to-impeach',
  'not found': '/no-such-section',
};

for (const [kind, path] of Object.entries(pages)) {
  test(`the ${kind} page has no serious or critical axe-core violations`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('no reader page scrolls sideways on a 320 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of Object.values(pages)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the keyboard reaches the skip link first, and it moves focus to the content', async ({ page }) => {
  await page.goto('/north-korea');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('list pages read without JavaScript, pagination included', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/latest');
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/latest\/page\/2$/);
  await expect(page.locator('.story-card').first()).toBeVisible();
  await context.close();
});

test('an article prints without navigation, sidebar or search', async ({ page }) => {
  await page.goto(pages.article);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.section-nav', '.search-form', '.article-sidebar', '.site-footer nav']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('.article-body')).toBeVisible();
  await expect(page.locator('.byline')).toBeVisible();
});
