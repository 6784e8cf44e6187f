import { Redis } from 'ioredis';
import { createMemoryViewBuffer } from './memory-buffer';
import { createRedisViewBuffer } from './redis-buffer';
import type { ViewBuffer } from './view-counts';

// The process's view buffer: in memory, or in Redis when REDIS_URL is set (README, "Most viewed").

const globalForViews = globalThis as unknown as { newsroomViewBuffer?: ViewBuffer };

/** The process's buffer, chosen on first use. Kept on globalThis: Next.js bundles the beacon route and instrumentation apart. */
export function getViewBuffer(): ViewBuffer {
  globalForViews.newsroomViewBuffer ??= process.env.REDIS_URL
    ? createRedisViewBuffer(
        new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 2_000 }),
        `${process.env.REDIS_KEY_PREFIX ?? 'newsroom'}:views:`,
      )
    : createMemoryViewBuffer();
  return globalForViews.newsroomViewBuffer;
}
