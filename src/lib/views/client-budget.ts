// How many views of one story one client address may add in an hour, so a script reloading a
// page cannot push it up the most-viewed list. Generous enough for a household or an office
// behind one address; per process (each app instance keeps its own). Addresses are known only
// behind a trusted proxy (TRUST_PROXY=1, see src/lib/auth/client-address.ts); without one, no cap.

export const viewsPerClientPerHour = 20;
const maxTrackedPairs = 200_000;

type Budget = { hour: number; counts: Map<string, number> };

const globalForBudget = globalThis as unknown as { newsroomViewBudget?: Budget };

/** Spends one view of the client's budget for this story; false when it is used up. */
export function spendClientBudget(address: string | null, articleId: number, now = Date.now()): boolean {
  if (!address) return true;
  const hour = Math.floor(now / 3_600_000);
  let budget = globalForBudget.newsroomViewBudget;
  // A new hour, or (under a flood of distinct addresses) a full table: start afresh, so memory stays bounded.
  if (!budget || budget.hour !== hour || budget.counts.size >= maxTrackedPairs) {
    budget = { hour, counts: new Map() };
    globalForBudget.newsroomViewBudget = budget;
  }
  const key = `${address} ${articleId}`;
  const spent = budget.counts.get(key) ?? 0;
  if (spent >= viewsPerClientPerHour) return false;
  budget.counts.set(key, spent + 1);
  return true;
}
