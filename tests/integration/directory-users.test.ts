import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { adminOnlyRefusals, createTestUser, formData, signInAs } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);

const { createUserAction, updateUserAction, resetPasswordAction } = await import('@/lib/directory/users/actions');
const { verifyPassword } = await import('@/lib/auth/password');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => resetRequest());

async function signInAsAdmin() {
  const admin = await createTestUser(database.db, 'ADMIN');
  await signInAs(admin);
  return admin;
}

const newUserForm = (fields: Record<string, string | number | null> = {}) =>
  formData({ email: `${uniqueKey('jane')}@hani.co.kr`, name: 'Jane Editor', role: 'EDITOR', password: 'a long enough password', ...fields });
const editForm = (user: { id: number; email: string; updatedAt: Date }, fields: Record<string, string | number | boolean | null> = {}) =>
  formData({ id: user.id, updatedAt: user.updatedAt.toISOString(), email: user.email, name: 'Edited', role: 'EDITOR', authorId: '', ...fields });

test('only an admin may create an account, and invalid input changes nothing', async () => {
  const before = await database.db.user.count();
  const errors = await adminOnlyRefusals(database.db, createUserAction, () => newUserForm(), newUserForm({ password: 'too short' }));
  expect(errors).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.user.count()).toBe(before + 3); // the three signed-in test accounts only
});

test('an admin creates an account linked to an author, with an argon2 hash of its password', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('a'), name: 'Author' } });
  await signInAsAdmin();
  const email = `${uniqueKey('new')}@hani.co.kr`;
  await expect(createUserAction(null, newUserForm({ email: email.toUpperCase(), authorId: author.id }))).rejects.toMatchObject({
    digest: expect.stringContaining('/admin/users?saved='),
  });
  const user = await database.db.user.findUniqueOrThrow({ where: { email } });
  expect(user).toMatchObject({ role: 'EDITOR', authorId: author.id, disabled: false });
  expect(await verifyPassword(user.passwordHash, 'a long enough password')).toBe(true);
});

test('a taken email, a too-short password and an author linked elsewhere are field errors', async () => {
  const author = await database.db.author.create({ data: { slug: uniqueKey('a'), name: 'Author' } });
  const existing = await createTestUser(database.db, 'REPORTER', { authorId: author.id });
  await signInAsAdmin();
  expect(await createUserAction(null, newUserForm({ email: existing.email }))).toMatchObject({
    fieldErrors: { email: ['Another account already uses this email.'] },
  });
  expect(await createUserAction(null, newUserForm({ password: 'short' }))).toMatchObject({
    fieldErrors: { password: ['Use at least 12 characters.'] },
    values: expect.not.objectContaining({ password: expect.anything() }),
  });
  expect(await createUserAction(null, newUserForm({ authorId: author.id }))).toMatchObject({
    fieldErrors: { authorId: ['This author is already linked to another account.'] },
  });
});

test('only an admin may edit an account; disabling it signs it out everywhere', async () => {
  const user = await createTestUser(database.db, 'REPORTER');
  await signInAs(user);
  const refusals = await adminOnlyRefusals(database.db, updateUserAction, () => editForm(user, { role: 'ADMIN' }), editForm(user, { role: 'CHIEF' }));
  expect(refusals).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: 'REPORTER', updatedAt: user.updatedAt });

  await signInAsAdmin();
  await expect(updateUserAction(null, editForm(user, { disabled: true }))).rejects.toMatchObject({
    digest: expect.stringContaining('/admin/users?saved='),
  });
  expect(await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: 'EDITOR', disabled: true, name: 'Edited' });
  expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
});

test('an admin can neither disable nor demote themselves', async () => {
  const admin = await signInAsAdmin();
  expect(await updateUserAction(null, editForm(admin, { role: 'ADMIN', disabled: true }))).toMatchObject({
    fieldErrors: { disabled: ['You cannot disable your own account.'] },
  });
  expect(await updateUserAction(null, editForm(admin, { role: 'EDITOR' }))).toMatchObject({
    fieldErrors: { role: ['You cannot remove your own admin role.'] },
  });
});

test('an edit opened before someone else saved is a conflict with the current values', async () => {
  const user = await createTestUser(database.db, 'REPORTER');
  await database.db.user.update({ where: { id: user.id }, data: { name: 'Saved meanwhile' } });
  await signInAsAdmin();
  expect(await updateUserAction(null, editForm(user, { name: 'Mine' }))).toMatchObject({
    error: 'conflict',
    current: { name: 'Saved meanwhile', role: 'REPORTER' },
    values: { name: 'Mine' },
  });
  expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Saved meanwhile');
});

test('only an admin may reset a password; the new one works and old sessions end', async () => {
  const user = await createTestUser(database.db, 'EDITOR');
  await signInAs(user);
  const reset = (password: string, confirmation = password) =>
    formData({ id: user.id, password, passwordConfirmation: confirmation });
  const refusals = await adminOnlyRefusals(database.db, resetPasswordAction, () => reset('a brand new password'), reset('a brand new password', 'different'));
  expect(refusals).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'invalid']);
  expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);

  await signInAsAdmin();
  expect(await resetPasswordAction(null, reset('a brand new password'))).toMatchObject({ ok: true });
  const { passwordHash } = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(await verifyPassword(passwordHash, 'a brand new password')).toBe(true);
  expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
});
