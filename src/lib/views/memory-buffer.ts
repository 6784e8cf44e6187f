import { maxBufferedPairs, totalViews, viewKey, type ViewBuffer, type ViewCounts } from './view-counts';

// The buffer of a single app instance: a Map swapped for an empty one when drained. A crash loses
// what it holds, at most one flush interval of views.

export function createMemoryViewBuffer(maxPairs = maxBufferedPairs): ViewBuffer {
  let pending: ViewCounts = new Map();

  return {
    async add(articleId, hour) {
      const key = viewKey(articleId, hour);
      if (pending.size >= maxPairs && !pending.has(key)) return;
      pending.set(key, (pending.get(key) ?? 0) + 1);
    },

    async drain(write) {
      const taken = pending;
      pending = new Map();
      if (taken.size === 0) return 0;
      try {
        await write(taken);
      } catch (error) {
        for (const [key, views] of taken) pending.set(key, (pending.get(key) ?? 0) + views);
        throw error;
      }
      return totalViews(taken);
    },
  };
}
