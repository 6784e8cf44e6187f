import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';

// Page views as a reader's browser makes them, read back from the e2e server's own database
// (scripts/e2e-server.ts writes its address to a file named by port). Run with a short
// VIEWS_FLUSH_INTERVAL_MS (e.g. 500) to make it quick; the server's default of 5 s also works.

const port = process.env.E2E_PORT ?? '3100';
const flushMs = Number(process.env.VIEWS_FLUSH_INTERVAL_MS ?? 5_000);
const settled = { timeout: flushMs * 4 + 5_000, intervals: [250] };
let client: pg.Client;

test.beforeAll(async () => {
  const url = await readFile(path.join(os.tmpdir(), `newsroom-e2e-${port}.database-url`), 'utf8');
  client = new pg.Client({ connectionString: url.trim() });
  await client.connect();
});

test.afterAll(async () => {
  await client?.end();
});

test.describe.configure({ timeout: 60_000 + flushMs * 12 });

async function views(articleIds: number[]): Promise<number> {
  const { rows } = await client.query<{ views: number }>('SELECT coalesce(sum(views), 0)::int AS views FROM "ArticleViewBucket" WHERE "articleId" = ANY($1)', [articleIds]);
  return rows[0]!.views;
}

async function storyAt(offset: number) {
  const { rows } = await client.query<{ id: number; path: string }>(
    `SELECT a.id, '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
     WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" ASC, a.id ASC OFFSET $1 LIMIT 1`,
    [offset],
  );
  return rows[0]!;
}

/** Waits for the flusher to write `expected`, then one more interval to be sure nothing else follows. */
async function expectViews(articleIds: number[], expected: number, page: Page) {
  await expect.poll(() => views(articleIds), settled).toBe(expected);
  await page.waitForTimeout(flushMs + 250);
  expect(await views(articleIds)).toBe(expected);
}

test('each load of an article in a browser counts one view, and a crawler counts none', async ({ page }) => {
  const story = await storyAt(3);
  const before = await views([story.id]);
  const beacons: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/views/')) beacons.push(request.url());
  });

  await page.goto(story.path);
  await expect(page.locator(`img[src="/api/views/${story.id}"]`)).toHaveCount(1);
  await expectViews([story.id], before + 1, page);

  await page.reload();
  await page.request.get(`/api/views/${story.id}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
  await expectViews([story.id], before + 2, page);
  expect(beacons).toHaveLength(2);
});

test('a page read without JavaScript is counted too', async ({ browser }) => {
  const story = await storyAt(4);
  const before = await views([story.id]);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  await page.goto(story.path);
  await expectViews([story.id], before + 1, page);
  await context.close();
});

test('stories the front page links to are neither prefetched nor counted until a reader opens one', async ({ page }) => {
  const beacons: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/views/')) beacons.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const { rows } = await client.query<{ id: number; path: string }>(
    `SELECT a.id, '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE '/' || s.slug || '/' || a.slug = ANY($1)`,
    [hrefs],
  );
  const linked = rows.map((r) => r.id);
  expect(linked.length).toBeGreaterThan(3);
  const before = await views(linked);
  await page.mouse.wheel(0, 4_000);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('_rsc=')).length)).toBe(0);
  await expectViews(linked, before, page);
  expect(beacons).toEqual([]);

  const opened = rows[0]!;
  await page.locator(`main a[href="${opened.path}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${opened.path}$`));
  await expectViews(linked, before + 1, page);
  expect(beacons).toEqual([`/api/views/${opened.id}`]);
});
