import { getViewBuffer } from './buffer';
import { hourOf } from './view-counts';

// One reader's page view, into the buffer (never straight to the database).

export async function recordPageView(articleId: number, now = Date.now()): Promise<void> {
  await getViewBuffer().add(articleId, hourOf(now));
}

let lastReported = 0;

/** Counting is best effort: a failure is logged (once a minute at most), never shown to the reader. */
export function reportViewError(error: unknown) {
  if (Date.now() - lastReported < 60_000) return;
  lastReported = Date.now();
  console.error('Page views could not be counted:', error);
}
