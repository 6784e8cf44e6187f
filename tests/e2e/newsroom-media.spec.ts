import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { addByline, expectSaved, logIn, publicPath, startDraft, typeBody, uniqueWords } from '../helpers/newsroom-e2e';

// Photos: uploaded from the editor, processed on the server, used as a lead photo and in the body.

async function jpeg() {
  const background = { r: 40 + Math.floor(Math.random() * 180), g: 90, b: 160 };
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background } }).jpeg().toBuffer();
}

test('a photo uploaded in the editor becomes the lead photo and a figure of the published story', async ({ page }) => {
  await logIn(page, 'editor');
  const caption = uniqueWords('Delegates arrive at Panmunjom');
  await startDraft(page, uniqueWords('Talks at the truce village'));
  await addByline(page, 'Hwang Joon-bum');
  await typeBody(page, 'Delegates met at the truce village.');

  await page.getByRole('button', { name: 'Choose a lead photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose the lead photo' });
  await picker.getByText('Upload a new photo').click();
  await picker.getByLabel('Photo').setInputFiles({ name: 'panmunjom.jpg', mimeType: 'image/jpeg', buffer: await jpeg() });
  await picker.getByLabel('Alt text').fill('Delegates walking past blue huts');
  await picker.getByLabel('Caption').fill(caption);
  await picker.getByLabel('Credit').fill('Pool photo');
  await picker.getByRole('button', { name: 'Upload photo' }).click();
  await expect(picker).toBeHidden({ timeout: 30_000 });
  await expect(page.locator('.lead-photo')).toContainText(caption);

  await page.getByRole('button', { name: 'Figure' }).click();
  const figurePicker = page.getByRole('dialog', { name: 'Insert a photo in the body' });
  await figurePicker.getByLabel('Search the library').fill(caption);
  await figurePicker.getByRole('button', { name: 'Use this photo' }).first().click();
  await expect(page.getByLabel('Body (Markdown)')).toHaveValue(/::figure\[.*\]\{src="\/media\//);
  await expect(page.getByTestId('body-preview').locator('figure.photo img')).toBeVisible();
  await expectSaved(page);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Published');
  await page.goto(await publicPath(page));
  const lead = page.locator('article figure.photo').first();
  await expect(lead.locator('img')).toHaveAttribute('alt', 'Delegates walking past blue huts');
  await expect(lead).toContainText(caption);
  await expect(lead).toContainText('Pool photo');
  const src = await lead.locator('img').getAttribute('src');
  expect((await page.request.get(src!)).headers()['content-type']).toBe('image/jpeg');
});

test('an SVG is refused with a clear message and nothing is added to the library', async ({ page }) => {
  await logIn(page, 'editor');
  await page.goto('/admin/media');
  await page.getByText('Upload a photo').click();
  await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await page.getByLabel('Alt text', { exact: true }).fill('A logo');
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByText('Only JPEG, PNG, WebP and AVIF photos can be used (SVG and other files are refused).')).toBeVisible();
  await page.getByLabel('Caption, credit or alt text').fill('A logo');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('0 photos', { exact: true })).toBeVisible();
});

test('the media library finds a photo by its credit', async ({ page }) => {
  await logIn(page, 'reporter');
  await page.goto('/admin/media');
  const credit = uniqueWords('Staff photographer');
  await page.getByText('Upload a photo').click();
  await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'rally.jpg', mimeType: 'image/jpeg', buffer: await jpeg() });
  await page.getByLabel('Alt text', { exact: true }).fill('A rally in Seoul');
  await page.getByLabel('Credit', { exact: true }).fill(credit);
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Caption, credit or alt text').fill(credit);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 photo', { exact: true })).toBeVisible();
  await expect(page.getByText(credit)).toBeVisible();
});
