import { expect, type Browser, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

// The newsroom as the e2e suite drives it: the demo accounts (scripts/e2e-server.ts creates
// them) and the few steps every scenario repeats.

export const accounts = {
  editor: { email: 'editor@newsroom.local', password: 'newsroom-demo-editor' },
  reporter: { email: 'reporter@newsroom.local', password: 'newsroom-demo-reporter' },
  admin: { email: 'admin@newsroom.local', password: 'newsroom-demo-admin' },
};

export const uniqueWords = (prefix: string) => `${prefix} ${randomBytes(3).toString('hex')}`;

export async function logIn(page: Page, who: keyof typeof accounts) {
  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(accounts[who].email);
  await page.getByLabel('Password').fill(accounts[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A browser of its own for one person, signed in. */
export async function signedInPage(browser: Browser, who: keyof typeof accounts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, who);
  return page;
}

/** Starts a draft in the first section offered and returns its editor's id. */
export async function startDraft(page: Page, headline: string, section = 'North Korea'): Promise<number> {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Section').selectOption({ label: section });
  await page.getByRole('button', { name: 'Start the draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

export async function expectSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible({ timeout: 15_000 });
}

export async function typeBody(page: Page, text: string) {
  await page.getByLabel('Body (Markdown)').fill(text);
}

/** Adds an author from the directory to the byline (the editor account has no byline of its own). */
export async function addByline(page: Page, name: string) {
  const select = page.getByLabel('Add an author');
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value ?? '');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

/** The story's public address, from the slug field and the section it was started in. */
export async function publicPath(page: Page, section = 'north-korea') {
  return `/${section}/${await page.getByLabel('Address (slug)').inputValue()}`;
}
