import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never disturbs the site `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Security headers go on every answer from the site's server, its own included (the view beacon,
  // 410 Gone), not through `headers()` here: src/server/front-door.ts.
  // Types are checked by `npm run typecheck` (CI runs it); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // The site's server compresses, after it has taken the client runtime out of reader pages
  // (src/server/front-door.ts), and only for clients that ask (a browser straight at `npm
  // start`); the front proxy asks for plain responses and compresses itself (deploy/nginx.conf).
  compress: false,
  // The front door gives pages their ETags, natively, on the bytes it sends (src/server/client-runtime.ts).
  generateEtags: false,
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'sharp', '@node-rs/argon2', '@prisma/schema-engine-wasm'],
  // Several instances share one page and data cache through Redis (README, "Several servers").
  // Without it, each instance keeps its recent pages and data in memory (12 MB, Next's default is
  // 50; 16 MB peaked 15-20 MB higher in 3-minute soaks, 377-378 against 359-364) and the rest on
  // disk under the dist dir, so the heap stays small (SERVER_HEAP_MB). Both
  // store reader pages without Next's client runtime (src/server/strip-client-runtime.mjs).
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.join(process.cwd(), 'src/lib/cache/handler.mjs'), cacheMaxMemorySize: 0 }
    : { cacheHandler: path.join(process.cwd(), 'src/lib/cache/file-handler.mjs'), cacheMaxMemorySize: 12 * 1024 * 1024 }),
  // forbidden() in the newsroom renders app/admin/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // Page 1 of a list has one address, the list's own. Redirected here rather than by the page:
  // a redirect from an ISR page carries its Location header twice (vercel/next.js#82117).
  async redirects() {
    return [{ source: '/:list+/page/1', destination: '/:list+', permanent: true }];
  },
};

export default nextConfig;
