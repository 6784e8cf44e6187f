// Comparison helpers that make the import idempotent: a row is written only when a field differs.

export type Counts = { created: number; updated: number; unchanged: number };

export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** Dates as ISO strings, undefined as null, object keys sorted (Postgres jsonb reorders them). */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalise((value as Record<string, unknown>)[k])]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

export function differs(existing: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).some(([key, value]) => !same(existing[key], value));
}

export function sameRows<T>(a: T[], b: T[]): boolean {
  return same(a, b);
}

/** Creates the row, updates it when a field differs, or leaves it alone; returns its id. */
export async function upsertBy<T extends { id: number }>(
  counts: Counts,
  existing: (T & Record<string, unknown>) | null,
  data: Record<string, unknown>,
  create: () => Promise<{ id: number }>,
  update: (id: number) => Promise<unknown>,
): Promise<number> {
  if (!existing) {
    counts.created += 1;
    return (await create()).id;
  }
  if (differs(existing, data)) {
    counts.updated += 1;
    await update(existing.id);
  } else {
    counts.unchanged += 1;
  }
  return existing.id;
}
