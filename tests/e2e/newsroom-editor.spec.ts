import { expect, test } from '@playwright/test';
import { expectSaved, logIn, signedInPage, startDraft, typeBody, uniqueWords } from '../helpers/newsroom-e2e';

// The editor keeps what people type: autosave, the browser's copy while offline, conflicts
// between two people, and revisions.

test('a draft saves itself and survives a reload', async ({ page }) => {
  await logIn(page, 'reporter');
  await startDraft(page, uniqueWords('Autosave check'));
  await typeBody(page, 'Typed and never saved by hand.');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Body (Markdown)')).toHaveValue('Typed and never saved by hand.');
  await expect(page.getByTestId('body-preview')).toContainText('Typed and never saved by hand.');
});

test('text typed while offline is kept on this device and saved when the connection returns', async ({ page, context }) => {
  await logIn(page, 'reporter');
  const id = await startDraft(page, uniqueWords('Offline check'));
  await context.setOffline(true);
  await typeBody(page, 'Written on a train with no signal.');
  await expect(page.getByRole('status').filter({ hasText: 'Offline — kept on this device' })).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate((key) => localStorage.getItem(key), `newsroom:article:${id}`)).toContain('Written on a train');
  await context.setOffline(false);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Body (Markdown)')).toHaveValue('Written on a train with no signal.');
});

test('a save over someone else’s newer version is caught, and merging keeps both people’s work', async ({ browser }) => {
  const reporter = await signedInPage(browser, 'reporter');
  const id = await startDraft(reporter, uniqueWords('Conflict check'));
  await typeBody(reporter, 'First paragraph.\n\nSecond paragraph.');
  await expectSaved(reporter);

  const editor = await signedInPage(browser, 'editor');
  await editor.goto(`/admin/articles/${id}`);
  await typeBody(reporter, 'First paragraph, expanded by the reporter.\n\nSecond paragraph.');
  await expectSaved(reporter);

  await editor.getByLabel('Headline', { exact: true }).fill('Headline sharpened by the desk');
  await expect(editor.getByRole('heading', { name: 'Two versions of this story' })).toBeVisible({ timeout: 15_000 });
  await expect(editor.getByRole('status').filter({ hasText: 'Conflict' })).toBeVisible();
  await expect(editor.locator('.diff-body')).toContainText('expanded by the reporter');
  await editor.getByRole('button', { name: 'Save my choices' }).click();
  await expectSaved(editor);
  await editor.reload();
  await expect(editor.getByLabel('Headline', { exact: true })).toHaveValue('Headline sharpened by the desk');
  await expect(editor.getByLabel('Body (Markdown)')).toHaveValue('First paragraph, expanded by the reporter.\n\nSecond paragraph.');
});

test('revisions are compared and an old one restored as a new version', async ({ page }) => {
  await logIn(page, 'reporter');
  const id = await startDraft(page, uniqueWords('Revision check'));
  await typeBody(page, 'The first version of the lede.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSaved(page);
  await typeBody(page, 'A rewritten lede.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSaved(page);

  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/revisions`));
  const diff = page.getByLabel('Changes to the body');
  await expect(diff.locator('del', { hasText: 'first' })).toBeVisible();
  await expect(diff.locator('ins', { hasText: 'rewritten' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Saved' }).last();
  await row.getByRole('button', { name: /^Restore version/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await expect(page.getByLabel('Body (Markdown)')).toHaveValue('The first version of the lede.');
  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.getByRole('cell', { name: /^Restored version \d+$/ })).toBeVisible();
});

test('the full preview shows a draft as readers will see it, at a secret address, to the newsroom only and never to search engines', async ({ page, browser }) => {
  await logIn(page, 'reporter');
  const headline = uniqueWords('Preview check');
  const id = await startDraft(page, headline);
  await typeBody(page, '## A subheading\n\nBody text for the preview.');
  await expectSaved(page);
  const secret = await page.getByRole('link', { name: 'Preview as readers will see it' }).getAttribute('href');
  expect(secret).toMatch(new RegExp(`^/preview/articles/${id}\\?token=[\\w-]{43}$`));
  const response = await page.goto(secret!);
  expect(response?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.locator('.article-body h2')).toHaveText('A subheading');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByText('Readers cannot see this page.')).toBeVisible();
  for (const guess of [`/preview/articles/${id}`, `/preview/articles/${id}?token=${'A'.repeat(43)}`]) {
    expect((await page.request.get(guess)).status(), guess).toBe(404);
  }

  const visitor = await browser.newPage();
  await visitor.goto(secret!);
  await expect(visitor).toHaveURL(/\/admin\/login$/);
  expect((await visitor.request.get(`/preview/articles/${id}`, { maxRedirects: 0 })).status()).toBe(404);
});
