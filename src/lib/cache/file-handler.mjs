// @ts-check
import { createRequire } from 'node:module';
import { isCachedPage, stripClientRuntime, withoutClientRuntimeInCache } from '../../server/strip-client-runtime.mjs';

// Next.js's own page and data cache (recent entries in memory, the rest as files under the dist
// dir), holding reader pages without the client runtime the front door would otherwise take out
// of every hit (src/server/strip-client-runtime.mjs). next.config.ts uses it without REDIS_URL;
// the Redis handler (./handler.mjs) does the same. Plain JavaScript because Next.js imports it
// untranspiled.

/** @type {{ default: typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default }} */
const { default: FileSystemCache } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/file-system-cache.js');

/** Page entries whose HTML is already stripped: those this handler stored, or stripped once read. */
const stripped = new WeakSet();

export default class PageCache extends FileSystemCache {
  /** @type {FileSystemCache['set']} */
  async set(key, data, context) {
    const page = withoutClientRuntimeInCache(data);
    if (page !== data) stripped.add(/** @type {object} */ (page));
    return super.set(key, page, context);
  }

  // Pages prerendered by `next build` are written by the build, not through `set`: each is
  // stripped the first time it is read, in the entry Next then keeps in memory.
  /** @type {FileSystemCache['get']} */
  async get(...args) {
    const entry = await super.get(...args);
    const page = entry?.value;
    if (isCachedPage(page) && !stripped.has(page)) {
      page.html = stripClientRuntime(page.html);
      stripped.add(page);
    }
    return entry;
  }
}
