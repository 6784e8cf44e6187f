// Types for handler.mjs, which stays JavaScript because Next.js imports it untranspiled.

export type CacheEntry = { lastModified: number; tags: string[]; cacheControl?: { revalidate?: number | false; expire?: number }; value: unknown };

export default class RedisCacheHandler {
  constructor(context: { serverDistDir?: string });
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null>;
  set(key: string, value: unknown, context?: { tags?: string[]; cacheControl?: CacheEntry['cacheControl'] }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
