import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { maxBufferedPairs, totalViews, viewKey, type ViewBuffer, type ViewCounts } from './view-counts';

// The buffer shared by every app instance: one Redis hash of counts. Adding is one atomic
// HINCRBY (refused for a new field once the hash holds `maxPairs`). Draining is done by one
// instance at a time (a lock taken with SET NX, which expires should its holder die): it takes
// the whole hash and deletes it in one Lua script, so views added meanwhile start a new hash.
// A crash after the take loses that batch, at most one flush interval of views.

const addScript = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 or redis.call('HLEN', KEYS[1]) < tonumber(ARGV[2]) then
  return redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
end
return 0`;

const takeScript = `
local counts = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
return counts`;

const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const lockMs = 60_000;

export function createRedisViewBuffer(redis: Redis, prefix: string, maxPairs = maxBufferedPairs): ViewBuffer {
  const pendingKey = `${prefix}pending`;
  const lockKey = `${prefix}flush-lock`;

  async function take(): Promise<ViewCounts> {
    const flat = (await redis.eval(takeScript, 1, pendingKey)) as string[];
    const counts: ViewCounts = new Map();
    for (let i = 0; i < flat.length; i += 2) counts.set(flat[i]!, Number(flat[i + 1]));
    return counts;
  }

  async function putBack(counts: ViewCounts) {
    const pipeline = redis.pipeline();
    for (const [key, views] of counts) pipeline.hincrby(pendingKey, key, views);
    await pipeline.exec();
  }

  return {
    async add(articleId, hour) {
      await redis.eval(addScript, 1, pendingKey, viewKey(articleId, hour), maxPairs);
    },

    async drain(write) {
      const token = randomUUID();
      if ((await redis.set(lockKey, token, 'PX', lockMs, 'NX')) !== 'OK') return 0;
      try {
        const counts = await take();
        if (counts.size === 0) return 0;
        try {
          await write(counts);
        } catch (error) {
          await putBack(counts);
          throw error;
        }
        return totalViews(counts);
      } finally {
        await redis.eval(releaseScript, 1, lockKey, token);
      }
    },
  };
}
