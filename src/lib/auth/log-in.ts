import { z } from 'zod';
import { db } from '@/lib/db/client';
import { emailSchema } from './email';
import { MAX_PASSWORD_LENGTH, verifyDummyPassword, verifyPassword } from './password';
import { clearAccountFailures, isThrottled, recordLoginFailure, throttleKeys } from './login-throttle';
import { createSession, type NewSession, type SessionUser } from './sessions';

/** The only thing a failed sign-in ever says, whatever the reason. */
export const LOGIN_FAILED_MESSAGE = 'Email or password is incorrect.';

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(MAX_PASSWORD_LENGTH, LOGIN_FAILED_MESSAGE),
});

export type LoginInput = z.output<typeof loginSchema>;
export type LoginClient = { ip: string | null; userAgent: string | null };
export type LoginResult = { ok: true; user: SessionUser; session: NewSession } | { ok: false };

/**
 * Checks the credentials and opens a session. Unknown account, wrong password, disabled account
 * and throttled attempts all fail alike, and each takes about one argon2 verification.
 */
export async function logIn(input: LoginInput, client: LoginClient, now = new Date()): Promise<LoginResult> {
  const keys = throttleKeys(input.email, client.ip);
  const [throttled, account] = await Promise.all([
    isThrottled(keys, now),
    db.user.findUnique({ where: { email: input.email } }),
  ]);
  const passwordMatches = account
    ? await verifyPassword(account.passwordHash, input.password)
    : await verifyDummyPassword(input.password);
  if (throttled) return { ok: false };
  if (!account || !passwordMatches || account.disabled) {
    await recordLoginFailure(keys, now);
    return { ok: false };
  }
  await clearAccountFailures(input.email);
  const session = await createSession(account.id, client, now);
  const user = { id: account.id, email: account.email, name: account.name, role: account.role, authorId: account.authorId };
  return { ok: true, user, session };
}
