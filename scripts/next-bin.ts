import { createRequire } from 'node:module';
import path from 'node:path';

// How the scripts run Next.js and the site's server, with this Node directly (not through npx),
// so a signal sent to the process that started one reaches the server itself.

/** Next's own CLI, for `next build`. */
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/**
 * Node arguments that run the site's server (src/server/main.ts: Next.js behind the front door),
 * with the V8 heap capped at SERVER_HEAP_MB when it is set (README, "Configuration").
 */
export function serverArgs({ dev = false } = {}): string[] {
  const heapMb = process.env.SERVER_HEAP_MB;
  return [...(heapMb ? [`--max-old-space-size=${Number(heapMb)}`] : []), '--import', 'tsx', path.join(process.cwd(), 'src', 'server', 'main.ts'), ...(dev ? ['--dev'] : [])];
}
