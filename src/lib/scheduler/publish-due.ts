import { ActionError } from '@/lib/auth/action-error';
import { db } from '@/lib/db/client';
import { applyStep, type StepResult } from '@/lib/articles/workflow';

// Publishes every scheduled story whose time has come, including those whose time passed while
// the site was down. Each story is claimed with FOR UPDATE SKIP LOCKED in its own transaction,
// so several app instances can run this at once: each story is published exactly once.

/** Published within a minute of its time, a story carries that time; published late, the time readers first saw it. */
const ON_TIME_MS = 60_000;

type Due = { id: number; version: number; scheduledAt: Date };

export type DueOutcome = { published: StepResult[]; returnedToDraft: { id: number; reason: string }[] };

async function publishNext(now: Date): Promise<StepResult | { id: number; reason: string } | null> {
  return db.$transaction(async (tx) => {
    const [due] = await tx.$queryRaw<Due[]>`
      SELECT id, version, "scheduledAt" FROM "Article"
      WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now}
      ORDER BY "scheduledAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!due) return null;
    const late = now.getTime() - due.scheduledAt.getTime() > ON_TIME_MS;
    const options = { userId: null, now, publishedAt: late ? now : due.scheduledAt, note: 'Published as scheduled' };
    try {
      return await applyStep(tx, due.id, due.version, 'publish', options);
    } catch (error) {
      // A story that can no longer go out (its byline was removed) must not block the queue.
      if (!(error instanceof ActionError)) throw error;
      await applyStep(tx, due.id, due.version, 'return', { userId: null, now, note: `Not published as scheduled: ${error.message}` });
      return { id: due.id, reason: error.message };
    }
  });
}

export async function publishDueArticles(now = new Date(), limit = 100): Promise<DueOutcome> {
  const outcome: DueOutcome = { published: [], returnedToDraft: [] };
  for (let i = 0; i < limit; i += 1) {
    const next = await publishNext(now);
    if (!next) break;
    if ('before' in next) outcome.published.push(next);
    else outcome.returnedToDraft.push(next);
  }
  return outcome;
}
