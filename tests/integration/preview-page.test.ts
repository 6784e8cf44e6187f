import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createNewsroomFixture, createStory } from '../helpers/article-fixtures';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { createTestUser, signInAs } from '../helpers/newsroom-users';

// The full-page preview needs both its secret token and a signed-in member who may work on the
// story. A wrong or missing token is a plain 404 for everyone, signed in or not.

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }));

process.env.PREVIEW_SECRET = `test-preview-secret-${'x'.repeat(32)}`;
const { default: PreviewPage } = await import('@/app/preview/articles/[id]/page');
const { previewToken } = await import('@/lib/auth/preview-token');
const { articleAdminPaths } = await import('@/lib/articles/paths');

let database: TestDatabase;
let fixture: Awaited<ReturnType<typeof createNewsroomFixture>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await createNewsroomFixture(database.db);
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // what experimental.authInterrupts sets
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => resetRequest());

const open = (id: number | string, token?: string | string[]) =>
  PreviewPage({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve(token === undefined ? {} : { token }) });
const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

test('a member who may work on the draft opens it with its token', async () => {
  const story = await createStory(database.db, fixture);
  await signInAs(await createTestUser(database.db, 'EDITOR'));
  await expect(open(story.id, previewToken(story.id))).resolves.toBeTruthy();
  expect(articleAdminPaths.preview(story.id, previewToken(story.id))).toBe(`/preview/articles/${story.id}?token=${previewToken(story.id)}`);
});

test('without the token, with a wrong one or with another story’s, the preview does not exist, even when signed in', async () => {
  const story = await createStory(database.db, fixture);
  const other = await createStory(database.db, fixture);
  await signInAs(await createTestUser(database.db, 'EDITOR'));
  for (const token of [undefined, '', 'guess', previewToken(other.id), [previewToken(story.id), previewToken(story.id)]]) {
    await expect(open(story.id, token), String(token)).rejects.toMatchObject(notFound);
  }
  await expect(open('999999', previewToken(999_999))).rejects.toMatchObject(notFound);
});

test('the right token without a session leads to the sign-in page; a wrong one without a session is a 404', async () => {
  const story = await createStory(database.db, fixture);
  await expect(open(story.id, previewToken(story.id))).rejects.toMatchObject({ digest: expect.stringContaining(';/admin/login;') });
  await expect(open(story.id, uniqueKey('token'))).rejects.toMatchObject(notFound);
});

test('a reporter with the token of someone else’s draft is turned away', async () => {
  const story = await createStory(database.db, fixture);
  await signInAs(await createTestUser(database.db, 'REPORTER'));
  await expect(open(story.id, previewToken(story.id))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
});
