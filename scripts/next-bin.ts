import { createRequire } from 'node:module';
import path from 'node:path';
import { serverBundleName } from './bundle-server';

// How the scripts run Next.js and the site's server, with this Node directly (not through npx),
// so a signal sent to the process that started one reaches the server itself.

/** Next's own CLI, for `next build`. */
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** The production server's V8 heap cap: under load it keeps RSS well under 400 MB (README, "Performance"). */
const defaultHeapMb = 160;

/**
 * The young generation's two halves, 32 MB each instead of V8's 16: a cached page allocates
 * about 200 KB, and with 50 requests in flight a 16 MB half filled so often that scavenges
 * copied (and promoted) live requests' data, 1.3-1.5 ms of CPU per cached page against 1.0-1.1.
 * The 32 MB this adds to RSS are taken back from the old generation's cap (192 to 160 MB).
 */
const semiSpaceMb = 32;

/**
 * Node arguments that run the site's server (src/server/main.ts: Next.js behind the front door),
 * with the V8 heap capped at SERVER_HEAP_MB (default 160 in production, none in development; 0
 * for none: README, "Configuration"). In production, the bundle the build wrote into `distDir`
 * (scripts/bundle-server.ts); in development, the source through tsx.
 */
export function serverArgs({ dev = false, distDir = '.next' } = {}): string[] {
  const heapMb = Number(process.env.SERVER_HEAP_MB ?? (dev ? 0 : defaultHeapMb));
  if (!Number.isInteger(heapMb) || heapMb < 0) throw new Error(`SERVER_HEAP_MB must be a whole number of megabytes, or 0 for no cap (got "${process.env.SERVER_HEAP_MB}")`);
  const heap = heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
  if (dev) return [...heap, '--import', 'tsx', path.join(process.cwd(), 'src', 'server', 'main.ts'), '--dev'];
  return [...heap, `--max-semi-space-size=${semiSpaceMb}`, path.join(process.cwd(), distDir, serverBundleName)];
}
