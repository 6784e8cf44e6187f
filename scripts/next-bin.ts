import { createRequire } from 'node:module';
import path from 'node:path';

// How the scripts run Next.js and the site's server, with this Node directly (not through npx),
// so a signal sent to the process that started one reaches the server itself.

/** Next's own CLI, for `next build`. */
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/**
 * Node arguments that run the site's server (src/server/main.ts: Next.js behind the front door).
 * The heap is capped (SERVER_HEAP_MB, default 192) so the process stays small under load: V8
 * otherwise lets garbage grow towards the machine's memory before collecting it.
 */
export function serverArgs({ dev = false } = {}): string[] {
  const heapMb = Number(process.env.SERVER_HEAP_MB ?? 192);
  return [`--max-old-space-size=${heapMb}`, '--import', 'tsx', path.join(process.cwd(), 'src', 'server', 'main.ts'), ...(dev ? ['--dev'] : [])];
}
