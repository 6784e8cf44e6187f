import { cache } from 'react';
import { readSessionCookie, writeSessionCookie } from './session-cookie';
import { validateSessionToken, type SessionUser } from './sessions';

/**
 * The signed-in newsroom member for this request, or null (no cookie, unknown or expired
 * session, disabled account). Cached per request, so a layout and its page share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionCookie();
  if (!token) return null;
  const session = await validateSessionToken(token);
  if (!session) return null;
  if (session.refreshed) await extendCookie(token, session.expiresAt);
  return session.user;
});

// The row's expiry slides on every kind of request; the cookie's can only be rewritten where
// Next.js lets a response set cookies (server actions, route handlers). During a page render the
// write throws and is skipped: the cookie then slides at the next form save or sign-in.
async function extendCookie(token: string, expiresAt: Date) {
  try {
    await writeSessionCookie(token, expiresAt);
  } catch {
    // A server component render: cookies are read-only here.
  }
}
