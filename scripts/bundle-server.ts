import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

// The production server runs as plain JavaScript written beside the Next.js build:
// src/server/main.ts and the modules it imports, with packages left to node_modules. Run
// through tsx instead, it kept two esbuild processes (29 MB) alive for its whole life.
// `npm run build` runs this after `next build`, as do `npm start`, the e2e server and the bench.
// Split at main.ts's dynamic import: the front door's modules (and the Next.js modules they
// import) must load after Next.js has started, as they do from source.

export const serverBundleName = path.join('newsroom-server', 'main.mjs');

/** `next` has no exports map, so Node's ESM loader finds `next/headers` only by its file name, `next/headers.js`. */
const nextSubpaths: Plugin = {
  name: 'next-subpaths',
  setup(build) {
    build.onResolve({ filter: /^next\/[\w/-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
  },
};

/** Bundles the site's server into `<distDir>/newsroom-server/`; returns the entry point. */
export async function bundleServer(distDir = process.env.NEXT_DIST_DIR ?? '.next'): Promise<string> {
  const outdir = path.resolve(distDir, path.dirname(serverBundleName));
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: ['src/server/main.ts'],
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [nextSubpaths],
    logLevel: 'warning',
  });
  return path.resolve(distDir, serverBundleName);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Server bundled into ${path.relative(process.cwd(), await bundleServer())}`);
}
