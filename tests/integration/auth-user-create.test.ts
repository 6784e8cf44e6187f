import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';

const run = promisify(execFile);

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

function userCreate(...args: string[]) {
  return run('node_modules/.bin/tsx', ['scripts/user-create.ts', ...args], { env: { ...process.env, DATABASE_URL: database.url } });
}

test('user:create makes an account and prints a generated password once', async () => {
  const email = `${uniqueKey('chief')}@hani.co.kr`;
  const { stdout } = await userCreate('--email', email, '--name', 'Jane Editor', '--role', 'admin');
  const password = /Password .*: (\S+)/.exec(stdout)?.[1];
  expect(password).toHaveLength(24);
  const { verifyPassword } = await import('@/lib/auth/password');
  const user = await database.db.user.findUniqueOrThrow({ where: { email } });
  expect(user).toMatchObject({ name: 'Jane Editor', role: 'ADMIN' });
  expect(await verifyPassword(user.passwordHash, password!)).toBe(true);
});

test('user:create takes a given password and links an author, printing no password', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('hwang'), name: 'Hwang' } });
  const email = `${uniqueKey('rep')}@hani.co.kr`;
  const { stdout } = await userCreate('--email', email, '--name', 'Hwang', '--password', 'a reporter password', '--author', author.slug);
  expect(stdout).not.toContain('a reporter password');
  expect(await database.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: 'REPORTER', authorId: author.id });
});

test('user:create refuses a short password and a taken email', async () => {
  await expect(userCreate('--email', 'x@hani.co.kr', '--name', 'X', '--password', 'short')).rejects.toMatchObject({
    code: 2,
    stderr: expect.stringContaining('--password: Use at least 12 characters.'),
  });
  const taken = await database.db.user.create({ data: { email: `${uniqueKey('dup')}@hani.co.kr`, name: 'First', passwordHash: 'x' } });
  await expect(userCreate('--email', taken.email, '--name', 'Second')).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('Another account already uses this email.'),
  });
});

test('the demo accounts are created once, with the reporter linked to its author', async () => {
  const author = await database.db.author.create({ data: { slug: 'hwang-joon-bum', name: 'Hwang Joon-bum' } });
  const { ensureDemoUsers } = await import('@/lib/auth/demo-users');
  await ensureDemoUsers();
  await ensureDemoUsers();
  const users = await database.db.user.findMany({ where: { email: { endsWith: '@newsroom.local' } }, orderBy: { email: 'asc' } });
  expect(users.map((u) => [u.email, u.role, u.authorId])).toEqual([
    ['admin@newsroom.local', 'ADMIN', null],
    ['editor@newsroom.local', 'EDITOR', null],
    ['reporter@newsroom.local', 'REPORTER', author.id],
  ]);
  const { verifyPassword } = await import('@/lib/auth/password');
  expect(await verifyPassword(users[1]!.passwordHash, 'newsroom-demo-editor')).toBe(true);
});
