// The site's HTTP server: Next.js behind a front door that answers the page-view beacon and the
// 410s of unpublished stories itself (./front-door.ts). Run by `npm start` (production build)
// and `npm run dev` (--dev), the e2e suite and the benchmark; listens on HOST:PORT.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import next from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import nextConfig from '../../next.config';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';

if (!dev) {
  // Left to find next.config.ts itself, Next.js would load its SWC compiler (a 26 MB native
  // module, resident from then on) to read that one file. The config comes in with this bundle
  // instead; Next's own loader completes it, and it is handed over the way Next's standalone
  // server hands over its build's config.
  const { default: loadConfig } = createRequire(import.meta.url)('next/dist/server/config') as typeof import('next/dist/server/config');
  const config = await loadConfig(PHASE_PRODUCTION_SERVER, process.cwd(), { customConfig: nextConfig });
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const app = next({ dev, hostname, port });
await app.prepare();
// After prepare: the front door's modules reach Next's request storage, which Next sets up first.
const { createFrontDoor } = await import('./front-door');
const server = createServer(createFrontDoor(app.getRequestHandler(), { stripClientRuntime: !dev }));
server.listen(port, hostname, () => {
  console.log(`Newsroom ${dev ? 'development' : 'production'} server on http://${hostname}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
