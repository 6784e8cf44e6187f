import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { Role } from '@/generated/prisma/enums';

// Server-side sessions. The browser holds a random token; the database holds only its SHA-256,
// so a leaked Session table cannot be replayed as cookies.

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Sliding expiry is written at most this often, not on every request. */
export const SESSION_REFRESH_MS = 60 * 60 * 1000;

export type SessionUser = { id: number; email: string; name: string; role: Role; authorId: number | null };

const sessionUserFields = { id: true, email: true, name: true, role: true, authorId: true, disabled: true } as const;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type NewSession = { token: string; expiresAt: Date };

export async function createSession(
  userId: number,
  client: { ip?: string | null; userAgent?: string | null } = {},
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.session.create({
    data: {
      id: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: client.ip ?? '',
      userAgent: (client.userAgent ?? '').slice(0, 512),
    },
  });
  return { token, expiresAt };
}

export type ValidSession = { user: SessionUser; expiresAt: Date; refreshed: boolean };

/**
 * The user behind a session token, or null when the token is unknown, expired, or its user is
 * disabled. Extends the session when it was last extended more than an hour ago.
 */
export async function validateSessionToken(token: string, now = new Date()): Promise<ValidSession | null> {
  const id = hashSessionToken(token);
  const session = await db.session.findUnique({ where: { id }, include: { user: { select: sessionUserFields } } });
  if (!session) return null;
  if (session.expiresAt <= now) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  const { disabled, ...user } = session.user;
  if (disabled) return null;
  if (now.getTime() - session.lastSeenAt.getTime() < SESSION_REFRESH_MS) {
    return { user, expiresAt: session.expiresAt, refreshed: false };
  }
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.session.updateMany({ where: { id }, data: { lastSeenAt: now, expiresAt } });
  return { user, expiresAt, refreshed: true };
}

export async function deleteSession(token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashSessionToken(token) } });
}

/** Signs the user out everywhere: on a password reset and when the account is disabled. */
export async function deleteUserSessions(userId: number): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}
