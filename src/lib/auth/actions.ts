'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress } from './client-address';
import { LOGIN_FAILED_MESSAGE, logIn, loginSchema } from './log-in';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';
import { deleteSession } from './sessions';
import { LOGIN_PATH } from './require-user';

export type LoginState = { error: string; email: string } | null;

/** The login form's action (works without JavaScript: a plain POST, then a redirect). */
export async function logInAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get('email') ?? '');
  const parsed = loginSchema.safeParse({ email, password: formData.get('password') ?? '' });
  if (!parsed.success) return { error: LOGIN_FAILED_MESSAGE, email };
  const requestHeaders = await headers();
  const client = { ip: clientAddress(requestHeaders), userAgent: requestHeaders.get('user-agent') };
  const result = await logIn(parsed.data, client);
  if (!result.ok) return { error: LOGIN_FAILED_MESSAGE, email };
  // Rotation: whatever session this browser had before is ended, never reused.
  const previousToken = await readSessionCookie();
  if (previousToken) await deleteSession(previousToken);
  await writeSessionCookie(result.session.token, result.session.expiresAt);
  redirect('/admin');
}

export async function logOutAction(): Promise<void> {
  const token = await readSessionCookie();
  if (token) await deleteSession(token);
  await clearSessionCookie();
  redirect(LOGIN_PATH);
}
