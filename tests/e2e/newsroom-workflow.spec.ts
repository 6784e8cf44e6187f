import { expect, test } from '@playwright/test';
import { addByline, expectSaved, logIn, publicPath, signedInPage, startDraft, typeBody, uniqueWords } from '../helpers/newsroom-e2e';
import { toKstIso } from '@/lib/time/kst';

// A story's path through the newsroom, in Chromium against a production build: drafted and
// submitted by a reporter, published by an editor, placed on the front page, previewed at its
// secret address, scheduled, renamed and unpublished.

test('a reporter drafts and submits a story but cannot publish it; an editor publishes it everywhere at once', async ({ browser }) => {
  const reporter = await signedInPage(browser, 'reporter');
  const headline = uniqueWords('Unification ministry proposes border talks');
  await startDraft(reporter, headline);
  await typeBody(reporter, 'The ministry proposed **working-level talks** on Monday.');
  await reporter.getByLabel('Inter-Korean relations').check();
  await expect(reporter.getByLabel('Placement')).toBeDisabled();
  await expectSaved(reporter);
  await expect(reporter.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(reporter.getByRole('button', { name: 'Schedule' })).toHaveCount(0);
  await reporter.getByRole('button', { name: 'Submit for review' }).click();
  await expect(reporter.getByTestId('article-status')).toHaveText('In review');
  const path = await publicPath(reporter);
  expect((await reporter.request.get(path)).status()).toBe(404);
  // Feeds by headline, the month's sitemap by address. Each is read (and so cached) before the
  // publish: after it, each must be a new file, not the stored one.
  const monthSitemap = `/sitemaps/articles/${toKstIso(new Date()).slice(0, 7)}.xml`;
  const files = { '/feed.xml': headline, '/atom.xml': headline, '/news-sitemap.xml': headline, '/feeds/section/north-korea.xml': headline, '/feeds/topic/inter-korean-relations.atom': headline, [monthSitemap]: path };
  const before = await Promise.all(Object.keys(files).map((file) => reporter.request.get(file)));
  for (const response of before) expect(await response.text()).not.toContain(path.split('/').at(-1));

  const editor = await signedInPage(browser, 'editor');
  await editor.getByRole('region', { name: 'Awaiting review' }).getByRole('link', { name: headline }).click();
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Published');
  for (const page of [path, '/', '/north-korea', '/topic/inter-korean-relations', '/author/hwang-joon-bum']) {
    await editor.goto(page);
    await expect(editor.getByText(headline).first(), `on ${page}`).toBeVisible();
  }
  for (const [i, [file, expected]] of Object.entries(files).entries()) {
    const response = await editor.request.get(file);
    expect(await response.text(), `in ${file}`).toContain(expected);
    expect(response.headers().etag, `the ETag of ${file}`).not.toBe(before[i]!.headers().etag);
  }
  await editor.goto(path);
  await expect(editor.locator('.article-body strong')).toHaveText('working-level talks');
});

test('an editor makes a story the front-page lead; before it goes out, its preview opens only at the secret address', async ({ page }) => {
  await logIn(page, 'editor');
  const headline = uniqueWords('Parliament passes the extra budget');
  const id = await startDraft(page, headline, 'Politics');
  await addByline(page, 'Oh Ji-hoon');
  await typeBody(page, 'The National Assembly passed the supplementary budget on Friday.');
  await page.getByLabel('Placement').selectOption({ label: 'Lead story' });
  await page.getByLabel('Rank').fill('100');
  await expect(page.locator('#frontPageRank-error')).toHaveText('Enter a whole number from 0 to 99.', { timeout: 15_000 });
  await page.getByLabel('Rank').fill('0');
  await expectSaved(page);

  const preview = await page.getByRole('link', { name: 'Preview as readers will see it' }).getAttribute('href');
  expect(preview).toMatch(new RegExp(`^/preview/articles/${id}\\?token=`));
  expect((await page.request.get(preview!)).status()).toBe(200);
  expect((await page.request.get(`/preview/articles/${id}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Published');
  await page.goto('/');
  await expect(page.locator('.story-card-lead')).toContainText(headline);
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByTestId('front-page-lead')).toHaveText('This story leads the front page now (rank 0).');
});

test('a scheduled story stays off the site until its time, then goes out by itself', async ({ page }) => {
  test.setTimeout(200_000);
  await logIn(page, 'editor');
  const headline = uniqueWords('Embargoed: central bank holds rates');
  await startDraft(page, headline, 'Economy');
  await addByline(page, 'Yoon Ga-young');
  await typeBody(page, 'The Bank of Korea held its base rate at 2.5 percent.');
  await expectSaved(page);
  await page.getByLabel('Publish at (KST)').fill(toKstIso(new Date(Date.now() + 90_000)).slice(0, 16));
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Scheduled');
  const path = await publicPath(page, 'economy');
  await page.goto('/admin');
  await expect(page.getByRole('region', { name: 'Scheduled' }).getByText(headline)).toBeVisible();
  expect((await page.request.get(path)).status()).toBe(404);
  await expect
    .poll(async () => (await page.request.get('/economy')).text(), { timeout: 170_000, intervals: [5_000] })
    .toContain(headline);
  expect((await page.request.get(path)).status()).toBe(200);
});

test('a renamed story redirects from its old address, and an unpublished story answers 410 Gone', async ({ page }) => {
  await logIn(page, 'editor');
  const headline = uniqueWords('Court rules on forced labor compensation');
  await startDraft(page, headline, 'Society');
  await addByline(page, 'Oh Ji-hoon');
  await typeBody(page, 'The Supreme Court ruled on Thursday.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Published');
  const oldPath = await publicPath(page, 'society');
  expect((await page.request.get(oldPath)).status()).toBe(200);

  await page.getByLabel('Address (slug)').fill(`${oldPath.split('/').pop()}-ruling`);
  await page.getByRole('button', { name: 'Update' }).click();
  await expectSaved(page);
  const newPath = await publicPath(page, 'society');
  const moved = await page.request.get(oldPath, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toContain(newPath);
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`${newPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

  await page.goBack();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Unpublished');
  for (const path of [newPath, oldPath]) {
    const gone = await page.request.get(path, { maxRedirects: 0 });
    expect(gone.status(), path).toBe(410);
    expect(await gone.text()).toContain('This article is no longer available');
  }
  expect(await (await page.request.get('/society')).text()).not.toContain(headline);
});
