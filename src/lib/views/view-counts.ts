// Views wait in a buffer and reach the database in batches (src/lib/views/flush.ts), so a page
// load never waits on a database write. The buffer is this process's memory (memory-buffer.ts) or,
// with REDIS_URL, a Redis hash every app instance adds to (redis-buffer.ts).

/** Buffered views by `${articleId}:${hour}`, the hour counted in whole hours since 1970 (UTC). */
export type ViewCounts = Map<string, number>;

export type ViewBuffer = {
  add(articleId: number, hour: number): Promise<void>;
  /**
   * Takes every buffered count atomically and hands it to `write`; if `write` throws, the counts
   * go back into the buffer. Returns the number of views written (0 when another instance holds
   * the flush).
   */
  drain(write: (counts: ViewCounts) => Promise<void>): Promise<number>;
};

/** At most this many distinct (story, hour) pairs wait in a buffer; views of further ones are dropped. */
export const maxBufferedPairs = 100_000;

/** Whole hours since 1970 (UTC): the bucket a view at `time` (ms) belongs to. */
export const hourOf = (time: number) => Math.floor(time / 3_600_000);

export const viewKey = (articleId: number, hour: number) => `${articleId}:${hour}`;

export function parseViewKey(key: string): { articleId: number; hour: number } {
  const [articleId, hour] = key.split(':').map(Number);
  return { articleId: articleId!, hour: hour! };
}

export const totalViews = (counts: ViewCounts) => [...counts.values()].reduce((sum, n) => sum + n, 0);
