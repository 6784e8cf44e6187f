import type { PrismaClient, Role } from '@/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { uniqueKey } from './db';
import { request, resetRequest } from './next-request';

export const testPassword = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

/** A newsroom account with a random email and the shared test password. */
export async function createTestUser(db: PrismaClient, role: Role, data: { disabled?: boolean; authorId?: number } = {}) {
  cachedHash ??= hashPassword(testPassword);
  return db.user.create({
    data: { email: `${uniqueKey(role.toLowerCase())}@newsroom.test`, name: `Test ${role}`, role, passwordHash: await cachedHash, ...data },
  });
}

/** Opens a session for the user and puts its cookie on the fake request. */
export async function signInAs(user: { id: number }) {
  const { token, expiresAt } = await createSession(user.id);
  request.cookies.set(SESSION_COOKIE, { value: token, options: { expires: expiresAt } });
  return token;
}

/** A new account with the role (writing as the author, when one is given), signed in. */
export async function signInAsNewUser(db: PrismaClient, role: Role, authorId?: number) {
  const user = await createTestUser(db, role, authorId ? { authorId } : {});
  await signInAs(user);
  return user;
}

/** FormData from a plain object, as a browser would post it. */
export function formData(fields: Record<string, string | number | boolean | null | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === false || value === null || value === undefined) continue;
    data.append(key, value === true ? 'on' : String(value));
  }
  return data;
}

type Action = (previous: null, input: FormData) => Promise<unknown>;

/**
 * Posts a valid form with no session, as a reporter and as an editor, then an invalid one as an
 * admin: the answers of an admin-only action, in that order, should be
 * ['unauthenticated', 'forbidden', 'forbidden', 'invalid'].
 */
export async function adminOnlyRefusals(db: PrismaClient, action: Action, valid: () => FormData, invalid: FormData) {
  const errors: unknown[] = [];
  for (const role of [null, 'REPORTER', 'EDITOR', 'ADMIN'] as const) {
    resetRequest();
    if (role) await signInAs(await createTestUser(db, role));
    const result = (await action(null, role === 'ADMIN' ? invalid : valid())) as { error?: string };
    errors.push(result.error);
  }
  resetRequest();
  return errors;
}
