// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { withoutClientRuntimeInCache } from '../../server/strip-client-runtime.mjs';

// Next.js's `cacheHandler` (ISR pages, route handlers, unstable_cache data) kept in Redis, so
// every app instance shares one cache. next.config.ts uses it only when REDIS_URL is set. Plain
// JavaScript because Next.js imports it with Node at run time, untranspiled.
//
// - Entries live under `<prefix>:<build id>:`, so a new build never reads an old build's pages.
// - Tag invalidations are stored in one hash for every build and broadcast on a channel; each
//   instance mirrors them in memory, so `revalidateTag` on instance A is a miss on B within
//   milliseconds, without a Redis round trip per read for the tags.
// - A revalidated tag (stale or expired) is a miss, not a stale hit: after a publish returns,
//   no instance serves what was there before it.
// - Each instance keeps the entries it read in a bounded in-memory copy.
// - Reader pages are stored without Next's client runtime (src/server/strip-client-runtime.mjs).

const prefix = process.env.REDIS_KEY_PREFIX ?? 'newsroom';
const memoryLimit = Number(process.env.REDIS_CACHE_MEMORY_MB ?? 64) * 1024 * 1024;
const maxTtlSeconds = 30 * 24 * 3600;

/** @typedef {{ stale?: number, expired?: number }} TagState */
/** @typedef {{ lastModified: number, tags: string[], cacheControl?: { revalidate?: number | false, expire?: number }, value: any }} Entry */

/** @type {{ redis: Redis, tags: Map<string, TagState>, memory: Map<string, { entry: Entry, size: number }>, memoryBytes: number, ready: Promise<void> } | undefined} */
let shared;

function connect() {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const options = { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
  const redis = new Redis(url, options);
  const subscriber = new Redis(url, options);
  /** @type {Map<string, TagState>} */
  const tags = new Map();
  // No entry outlives maxTtlSeconds, so older invalidations can go: the hash stays small.
  const loadTags = async () => {
    const forgotten = [];
    for (const [tag, text] of Object.entries(await redis.hgetall(`${prefix}:tags`))) {
      /** @type {TagState} */
      const state = JSON.parse(text);
      if ((state.stale ?? state.expired ?? 0) < Date.now() - maxTtlSeconds * 1000) forgotten.push(tag);
      else tags.set(tag, state);
    }
    if (forgotten.length) await redis.hdel(`${prefix}:tags`, ...forgotten);
  };
  redis.on('error', (error) => console.error(`Redis cache: ${error.message}`));
  subscriber.on('error', () => {});
  subscriber.on('message', (_channel, message) => {
    const { tag, state } = JSON.parse(message);
    tags.set(tag, state);
  });
  // After a reconnect, invalidations broadcast while we were away are read back from the hash.
  subscriber.on('ready', () => void subscriber.subscribe(`${prefix}:tags`).then(loadTags, () => {}));
  const ready = new Promise((resolve) => {
    redis.once('ready', () => void loadTags().catch(() => {}).finally(() => resolve(undefined)));
    setTimeout(resolve, 2000);
  });
  return { redis, tags, memory: new Map(), memoryBytes: 0, ready };
}

/** Buffers and Maps survive JSON through tagged objects. */
function encode(/** @type {Entry} */ entry) {
  return JSON.stringify(entry, function replacer(key, value) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return value;
  });
}

/** @returns {Entry} */
function decode(/** @type {string} */ text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64');
    if (value && typeof value === 'object' && Array.isArray(value.$map)) return new Map(value.$map);
    return value;
  });
}

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} context */
  constructor(context) {
    shared ??= connect();
    let buildId = 'build';
    try {
      if (context.serverDistDir) buildId = readFileSync(path.join(context.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // Before the build has written its id: entries are namespaced as "build".
    }
    this.keyPrefix = `${prefix}:${buildId}:`;
  }

  /** True when one of the entry's tags was revalidated after (or in the same millisecond as) the entry was stored. */
  isRevalidated(/** @type {Entry} */ entry, /** @type {string[]} */ extraTags) {
    if (entry.lastModified < Date.now() - maxTtlSeconds * 1000) return true;
    for (const tag of [...entry.tags, ...extraTags]) {
      const state = shared?.tags.get(tag);
      if (!state) continue;
      if ((state.stale ?? 0) >= entry.lastModified) return true;
      if (state.expired !== undefined && state.expired >= entry.lastModified && state.expired <= Date.now()) return true;
    }
    return false;
  }

  remember(/** @type {string} */ key, /** @type {Entry} */ entry, /** @type {number} */ size) {
    if (!shared || size > memoryLimit / 4) return;
    this.forget(key);
    shared.memory.set(key, { entry, size });
    shared.memoryBytes += size;
    for (const [oldest, item] of shared.memory) {
      if (shared.memoryBytes <= memoryLimit) break;
      shared.memory.delete(oldest);
      shared.memoryBytes -= item.size;
    }
  }

  forget(/** @type {string} */ key) {
    const item = shared?.memory.get(key);
    if (!shared || !item) return;
    shared.memory.delete(key);
    shared.memoryBytes -= item.size;
  }

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [context] */
  async get(key, context = {}) {
    if (!shared) return null;
    await shared.ready;
    const extraTags = [...(context.tags ?? []), ...(context.softTags ?? [])];
    const held = shared.memory.get(key);
    if (held && !this.isRevalidated(held.entry, extraTags)) {
      shared.memory.delete(key);
      shared.memory.set(key, held);
      return held.entry;
    }
    this.forget(key);
    const text = await shared.redis.get(this.keyPrefix + key).catch(() => null);
    if (!text) return null;
    const entry = decode(text);
    if (this.isRevalidated(entry, extraTags)) return null;
    this.remember(key, entry, text.length);
    return entry;
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[], cacheControl?: Entry['cacheControl'] }} [context] */
  async set(key, value, context = {}) {
    if (!shared) return;
    await shared.ready;
    const headerTags = value?.headers?.['x-next-cache-tags'];
    const tags = [...(context.tags ?? []), ...(typeof headerTags === 'string' ? headerTags.split(',') : [])];
    /** @type {Entry} */
    const entry = { lastModified: Date.now(), tags, cacheControl: context.cacheControl, value: withoutClientRuntimeInCache(value) };
    const text = encode(entry);
    const expire = context.cacheControl?.expire;
    const ttl = Math.min(typeof expire === 'number' && expire > 0 ? expire : maxTtlSeconds, maxTtlSeconds);
    this.remember(key, entry, text.length);
    await shared.redis.set(this.keyPrefix + key, text, 'EX', Math.ceil(ttl)).catch(() => {});
  }

  /** @param {string | string[]} tagOrTags @param {{ expire?: number }} [durations] */
  async revalidateTag(tagOrTags, durations) {
    if (!shared) return;
    await shared.ready;
    const now = Date.now();
    for (const tag of typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags) {
      const previous = shared.tags.get(tag) ?? {};
      /** @type {TagState} */
      const state = durations
        ? { ...previous, stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
        : { ...previous, expired: now };
      shared.tags.set(tag, state);
      await shared.redis
        .multi()
        .hset(`${prefix}:tags`, tag, JSON.stringify(state))
        .publish(`${prefix}:tags`, JSON.stringify({ tag, state }))
        .exec()
        .catch((error) => console.error(`Redis cache: revalidateTag(${tag}) was not shared: ${error.message}`));
    }
  }

  resetRequestCache() {}
}
