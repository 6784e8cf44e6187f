import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { request, resetRequest } from '../helpers/next-request';
import { createTestUser, formData, signInAs } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);

const { getCurrentUser } = await import('@/lib/auth/get-current-user');
const { requireUser } = await import('@/lib/auth/require-user');
const { authedAction } = await import('@/lib/auth/action');
const { ActionError } = await import('@/lib/auth/action-error');
const { hashSessionToken, SESSION_TTL_MS } = await import('@/lib/auth/sessions');
const { SESSION_COOKIE } = await import('@/lib/auth/session-cookie');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // what experimental.authInterrupts sets
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => resetRequest());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

test('without a session cookie there is no current user', async () => {
  expect(await getCurrentUser()).toBeNull();
  request.cookies.set(SESSION_COOKIE, { value: 'made-up-token', options: {} });
  expect(await getCurrentUser()).toBeNull();
});

test('a valid session names its user, without the password hash', async () => {
  const user = await createTestUser(database.db, 'REPORTER');
  await signInAs(user);
  expect(await getCurrentUser()).toEqual({ id: user.id, email: user.email, name: user.name, role: 'REPORTER', authorId: null });
});

test('an expired session is refused and its row deleted', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  const token = await signInAs(user);
  await database.db.session.update({ where: { id: hashSessionToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await getCurrentUser()).toBeNull();
  expect(await database.db.session.count({ where: { id: hashSessionToken(token) } })).toBe(0);
});

test('a disabled account has no current user even with a live session', async () => {
  const user = await createTestUser(database.db, 'ADMIN');
  await signInAs(user);
  await database.db.user.update({ where: { id: user.id }, data: { disabled: true } });
  expect(await getCurrentUser()).toBeNull();
});

test('a session used after an hour slides its expiry; within the hour it is not rewritten', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  const token = await signInAs(user);
  const id = hashSessionToken(token);
  const stale = { lastSeenAt: hoursAgo(2), expiresAt: new Date(Date.now() + SESSION_TTL_MS - 2 * 3_600_000) };
  await database.db.session.update({ where: { id }, data: stale });
  request.canSetCookies = false; // a page render: the row slides, the cookie cannot be rewritten
  expect(await getCurrentUser()).not.toBeNull();
  const slid = await database.db.session.findUniqueOrThrow({ where: { id } });
  expect(slid.expiresAt.getTime()).toBeGreaterThan(stale.expiresAt.getTime() + 3_500_000);
  expect(slid.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

  await database.db.session.update({ where: { id }, data: { lastSeenAt: hoursAgo(0.5) } });
  await getCurrentUser();
  expect((await database.db.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime()).toBeLessThan(Date.now() - 25 * 60_000);
});

test('in a server action the sliding refresh also renews the cookie', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  const token = await signInAs(user);
  await database.db.session.update({ where: { id: hashSessionToken(token) }, data: { lastSeenAt: hoursAgo(3) } });
  const before = request.cookies.get(SESSION_COOKIE)!.options.expires as Date;
  await getCurrentUser();
  const after = request.cookies.get(SESSION_COOKIE)!.options.expires as Date;
  expect(after.getTime()).toBeGreaterThan(before.getTime());
});

test('requireUser sends a visitor to the login page and a reporter away from admin-only pages', async () => {
  await expect(requireUser()).rejects.toMatchObject({ digest: expect.stringContaining(';/admin/login;') });
  const reporter = await createTestUser(database.db, 'REPORTER');
  await signInAs(reporter);
  expect((await requireUser()).id).toBe(reporter.id);
  await expect(requireUser('EDITOR')).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
  await expect(requireUser('ADMIN')).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
});

const echo = authedAction({ schema: z.object({ title: z.string().min(3, 'Too short.') }), permission: 'article:publish' }, async (input, user) => {
  if (input.title === 'clash') throw new ActionError('conflict', 'Someone else saved.', { current: { title: 'theirs' } });
  return { title: input.title, by: user.id };
});

test('the action wrapper answers in order: unauthenticated, forbidden, invalid, then runs', async () => {
  expect(await echo(null, formData({ title: 'x' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
  await signInAs(await createTestUser(database.db, 'REPORTER'));
  expect(await echo(null, formData({ title: 'x' }))).toMatchObject({ ok: false, error: 'forbidden' });
  resetRequest();
  const editor = await createTestUser(database.db, 'EDITOR');
  await signInAs(editor);
  expect(await echo(null, formData({ title: 'x', password: 'secret' }))).toEqual({
    ok: false,
    error: 'invalid',
    message: 'Check the highlighted fields.',
    fieldErrors: { title: ['Too short.'] },
    values: { title: 'x' },
  });
  expect(await echo(null, { title: 'Budget passes' })).toEqual({ ok: true, data: { title: 'Budget passes', by: editor.id } });
  expect(await echo(null, formData({ title: 'clash' }))).toMatchObject({ ok: false, error: 'conflict', current: { title: 'theirs' }, values: { title: 'clash' } });
});
