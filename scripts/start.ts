// `npm start`: the whole site on one command. Without DATABASE_URL it runs the embedded database
// (data in .data/), applies migrations, imports content/ on first start, builds when the sources
// changed since the last build, and serves the production build with the site's server
// (src/server/main.ts) on HOST:PORT (default 127.0.0.1:3000). `npm run dev` does the same with
// Next's development mode.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importContent } from '../src/lib/content/import-content';
import { createClient } from '../src/lib/db/client';
import { startEmbeddedServer, type EmbeddedServer } from '../src/lib/db/embedded';
import { applyMigrations } from '../src/lib/db/schema-engine';
import { ensureDemoUsers } from '../src/lib/auth/demo-users';
import { bundleServer, serverBundleName } from './bundle-server';
import { nextBin, serverArgs } from './next-bin';

const root = process.cwd();
const stampFile = path.join(root, '.next', 'newsroom-build-stamp');

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** A fingerprint of everything the build depends on: paths, sizes and modification times. */
async function sourceStamp(): Promise<string> {
  const hash = createHash('sha256');
  const inputs = ['src', 'public', 'next.config.ts', 'package-lock.json', 'tsconfig.json', 'prisma/schema.prisma'];
  for (const input of inputs) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    const info = await stat(full);
    const files = info.isDirectory()
      ? (await readdir(full, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort()
      : [full];
    for (const file of files) {
      const s = await stat(file);
      hash.update(`${path.relative(root, file)}:${s.size}:${s.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

async function prepareDatabase(url: string, embedded: boolean) {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const db = createClient(url);
  try {
    if ((await db.article.count()) === 0) {
      console.log('Empty database: importing content/ …');
      const result = await importContent(db);
      console.log(`Imported ${result.articles.created} articles.`);
    }
    if (embedded) await ensureDemoUsers();
  } finally {
    await db.$disconnect();
  }
}

function serve(args: string[], stop: (code: number) => Promise<void>) {
  const server = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => void stop(code ?? 0));
}

async function main() {
  let embedded: EmbeddedServer | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedServer();
    process.env.DATABASE_URL = embedded.url;
    console.log('Embedded database running (data in .data/pglite).');
  }
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  try {
    await prepareDatabase(process.env.DATABASE_URL!, Boolean(embedded));
    if (process.argv.includes('--dev')) return serve(serverArgs({ dev: true }), stop);
    const stamp = await sourceStamp();
    const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(path.join(root, '.next', serverBundleName))
      && (await readFile(stampFile, 'utf8').catch(() => '')) === stamp;
    if (!built) {
      console.log('Building the site …');
      const code = await run(process.execPath, [nextBin, 'build']);
      if (code !== 0) return stop(code);
      await bundleServer('.next');
      await writeFile(stampFile, stamp);
    }
    serve(serverArgs(), stop);
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

await main();
