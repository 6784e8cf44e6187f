import { getViewBuffer } from './buffer';
import { writeViewCounts } from './mutations';
import { reportViewError } from './record-view';
import type { ViewBuffer } from './view-counts';

// Moves buffered views into ArticleViewBucket every VIEWS_FLUSH_INTERVAL_MS (default 5 s),
// started once per server process by src/instrumentation.ts.

export const defaultFlushIntervalMs = 5_000;

/** Writes everything buffered now; returns the number of views written. */
export function flushViews(buffer: ViewBuffer = getViewBuffer()): Promise<number> {
  return buffer.drain(writeViewCounts);
}

export function flushIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.VIEWS_FLUSH_INTERVAL_MS);
  return Number.isInteger(value) && value >= 100 ? value : defaultFlushIntervalMs;
}

const globalForFlusher = globalThis as unknown as { newsroomViewFlusher?: NodeJS.Timeout };

export function startViewFlusher(intervalMs = flushIntervalMs()): void {
  if (globalForFlusher.newsroomViewFlusher) return;
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    await flushViews().catch(reportViewError);
    running = false;
  }, intervalMs);
  timer.unref();
  globalForFlusher.newsroomViewFlusher = timer;
}
