import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { request, resetRequest } from '../helpers/next-request';
import { createTestUser, formData, signInAs, testPassword } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);

const { logInAction, logOutAction } = await import('@/lib/auth/actions');
const { hashSessionToken } = await import('@/lib/auth/sessions');
const { SESSION_COOKIE } = await import('@/lib/auth/session-cookie');
const { LOGIN_FAILED_MESSAGE } = await import('@/lib/auth/log-in');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => {
  resetRequest({ 'user-agent': 'vitest' });
  vi.unstubAllEnvs();
});

const logIn = (email: string, password: string) => logInAction(null, formData({ email, password }));

async function expectRedirect(promise: Promise<unknown>, path: string) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining(`;${path};`) });
}

test('a correct email and password open a session and redirect to the dashboard', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  await expectRedirect(logIn(user.email.toUpperCase(), testPassword), '/admin');
  const cookie = request.cookies.get(SESSION_COOKIE);
  expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false });
  const session = await database.db.session.findUniqueOrThrow({ where: { id: hashSessionToken(cookie!.value) } });
  expect(session).toMatchObject({ userId: user.id, userAgent: 'vitest' });
  const days = (session.expiresAt.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(13.9);
  expect(await database.db.session.count({ where: { id: cookie!.value } })).toBe(0);
});

test('signing in again ends the session the browser had before', async () => {
  const user = await createTestUser(database.db, 'REPORTER');
  const oldToken = await signInAs(user);
  await expectRedirect(logIn(user.email, testPassword), '/admin');
  expect(await database.db.session.count({ where: { id: hashSessionToken(oldToken) } })).toBe(0);
  expect(request.cookies.get(SESSION_COOKIE)?.value).not.toBe(oldToken);
  expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);
});

test('unknown account, wrong password and disabled account all get the same message', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  const disabled = await createTestUser(database.db, 'EDITOR', { disabled: true });
  const attempts = [
    await logIn(`${uniqueKey('nobody')}@newsroom.test`, testPassword),
    await logIn(user.email, 'not the password at all'),
    await logIn(disabled.email, testPassword),
    await logIn('not-an-email', testPassword),
  ];
  for (const result of attempts) expect(result).toMatchObject({ error: LOGIN_FAILED_MESSAGE });
  expect(attempts[1]).toEqual({ error: LOGIN_FAILED_MESSAGE, email: user.email });
  expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
  expect(await database.db.session.count({ where: { userId: { in: [user.id, disabled.id] } } })).toBe(0);
});

test('five failures lock the account for everyone, even with the right password', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  for (let i = 0; i < 5; i++) expect(await logIn(user.email, `wrong password ${i}`)).toMatchObject({ error: LOGIN_FAILED_MESSAGE });
  expect(await logIn(user.email, testPassword)).toMatchObject({ error: LOGIN_FAILED_MESSAGE });
  const throttle = await database.db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
  expect(throttle.failures).toBe(5);
  expect(throttle.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
});

test('the lock lifts when its window has passed, and a success forgives earlier failures', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  const past = new Date(Date.now() - 16 * 60_000);
  await database.db.loginThrottle.create({
    data: { key: `account:${user.email}`, failures: 5, windowStart: past, lockedUntil: new Date(Date.now() - 60_000) },
  });
  await expectRedirect(logIn(user.email, testPassword), '/admin');
  expect(await database.db.loginThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
});

test('twenty failures from one address lock that address when the proxy is trusted', async () => {
  vi.stubEnv('TRUST_PROXY', '1');
  const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  resetRequest({ 'x-forwarded-for': `198.51.100.7, ${address}` });
  for (let i = 0; i < 20; i++) await logIn(`${uniqueKey('guess')}@newsroom.test`, 'wrong password');
  const user = await createTestUser(database.db, 'EDITOR');
  expect(await logIn(user.email, testPassword)).toMatchObject({ error: LOGIN_FAILED_MESSAGE });
  resetRequest({ 'x-forwarded-for': '192.0.2.1' });
  await expectRedirect(logIn(user.email, testPassword), '/admin');
  const session = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
  expect(session.ip).toBe('192.0.2.1');
});

test('without a trusted proxy, X-Forwarded-For is ignored and only the account limit applies', async () => {
  resetRequest({ 'x-forwarded-for': '203.0.113.250' });
  await logIn(`${uniqueKey('guess')}@newsroom.test`, 'wrong password');
  expect(await database.db.loginThrottle.count({ where: { key: 'ip:203.0.113.250' } })).toBe(0);
});

test('logging out deletes the session row and the cookie', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  const token = await signInAs(user);
  await expectRedirect(logOutAction(), '/admin/login');
  expect(await database.db.session.count({ where: { id: hashSessionToken(token) } })).toBe(0);
  expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
});
