// The site's HTTP server: Next.js behind a front door that answers the page-view beacon and the
// 410s of unpublished stories itself (./front-door.ts). Run by `npm start` (production build)
// and `npm run dev` (--dev), the e2e suite and the benchmark; listens on HOST:PORT.
import { createServer } from 'node:http';
import next from 'next';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';

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
