import { randomBytes, timingSafeEqual } from 'node:crypto';

// Scheduled stories are published by a route handler (src/app/admin/articles/publish-due), not
// by the timer itself: Next.js refreshes cached pages only inside a request (revalidateTag
// outside one throws "static generation store missing"). The timer, started by
// src/instrumentation.ts, calls that route on this process's own address with a token that
// lives only in this process's memory.

export const SCHEDULER_INTERVAL_MS = 15_000;
const FIRST_RUN_DELAY_MS = 2_000;
export const SCHEDULER_TOKEN_HEADER = 'x-newsroom-scheduler';
export const PUBLISH_DUE_PATH = '/admin/articles/publish-due';

const holder = globalThis as { newsroomScheduler?: { token: string; timer: NodeJS.Timeout } };

export function isSchedulerToken(value: string | null): boolean {
  const token = holder.newsroomScheduler?.token;
  if (!token || !value || value.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(value), Buffer.from(token));
}

/** This process's own address: INTERNAL_URL, or the loopback interface on the port Next.js listens on. */
function ownOrigin(): string {
  if (process.env.INTERNAL_URL) return process.env.INTERNAL_URL.replace(/\/+$/, '');
  const host = process.env.HOST && !['0.0.0.0', '::'].includes(process.env.HOST) ? process.env.HOST : '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT ?? '3000'}`;
}

/** The header that lets a request from this process through to the publish-due route. */
export function schedulerRequestHeaders(): Record<string, string> {
  const token = holder.newsroomScheduler?.token;
  return token ? { [SCHEDULER_TOKEN_HEADER]: token } : {};
}

async function tick() {
  try {
    const response = await fetch(`${ownOrigin()}${PUBLISH_DUE_PATH}`, { method: 'POST', headers: schedulerRequestHeaders() });
    if (!response.ok) console.error(`Scheduled publishing failed: ${response.status} ${await response.text()}`);
  } catch (error) {
    // The server is still starting, or stopping: the next tick tries again.
    console.warn('Scheduled publishing could not reach the site:', (error as Error).message);
  }
}

/** Starts the timer once per process; it never keeps the process alive on its own. */
export function startScheduler(): void {
  if (holder.newsroomScheduler) return;
  const token = randomBytes(32).toString('hex');
  const timer = setInterval(() => void tick(), SCHEDULER_INTERVAL_MS);
  timer.unref();
  holder.newsroomScheduler = { token, timer };
  setTimeout(() => void tick(), FIRST_RUN_DELAY_MS).unref();
}
