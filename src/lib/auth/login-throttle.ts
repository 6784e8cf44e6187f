import { db } from '@/lib/db/client';

// Failed sign-ins counted per account and per client address in a fixed 15-minute window.
// Reaching the limit locks the key until the window's end; a locked key fails every attempt,
// even one with the right password, with the same generic message.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;

export type ThrottleKey = { key: string; limit: number };

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys = [{ key: `account:${email}`, limit: ACCOUNT_FAILURE_LIMIT }];
  if (address) keys.push({ key: `ip:${address}`, limit: ADDRESS_FAILURE_LIMIT });
  return keys;
}

export async function isThrottled(keys: ThrottleKey[], now = new Date()): Promise<boolean> {
  const locked = await db.loginThrottle.count({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
  });
  return locked > 0;
}

/** One atomic upsert per key, so concurrent failures are all counted. */
export async function recordLoginFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  const windowOpenedAfter = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + THROTTLE_WINDOW_MS);
  for (const { key, limit } of keys) {
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowOpenedAfter} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowOpenedAfter} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN "LoginThrottle"."windowStart" > ${windowOpenedAfter} AND "LoginThrottle"."failures" + 1 >= ${limit} THEN ${lockUntil}
          ELSE "LoginThrottle"."lockedUntil" END`;
  }
}

/** A successful sign-in forgives the account's failures (the address keeps its count). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `account:${email}` } });
}
