import { cookies } from 'next/headers';
import { siteUrl } from '@/lib/urls';

// The session cookie. Secure only in production on an https site, so `npm start` on
// http://localhost still signs in; HttpOnly and SameSite=Lax everywhere.

export const SESSION_COOKIE = 'newsroom_session';

export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: process.env.NODE_ENV === 'production' && siteUrl().startsWith('https://'),
    path: '/',
    expires: expiresAt,
  };
}

export async function readSessionCookie(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

export async function writeSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt));
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}
