// The server the Playwright suite drives: a production build on its own database (a new database
// on TEST_DATABASE_URL's server, or an embedded one in a temporary folder), with content imported
// and the demo users created. Nothing here touches the development data in .data/.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDemoUsers } from '../src/lib/auth/demo-users';
import { importContent } from '../src/lib/content/import-content';
import { createClient } from '../src/lib/db/client';
import { startEmbeddedServer } from '../src/lib/db/embedded';
import { applyMigrations } from '../src/lib/db/schema-engine';
import { bundleServer } from './bundle-server';
import { nextBin, serverArgs } from './next-bin';

const port = process.env.E2E_PORT ?? '3100';
const scratch = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-'));
const cleanups: (() => Promise<unknown>)[] = [() => rm(scratch, { recursive: true, force: true })];
// Where tests that check what the server wrote (tests/e2e/views.spec.ts) find its database.
const databaseUrlFile = path.join(os.tmpdir(), `newsroom-e2e-${port}.database-url`);

async function createDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedServer(path.join(scratch, 'pglite'));
    cleanups.unshift(() => embedded.stop());
    return embedded.url;
  }
  const name = `newsroom_e2e_${randomBytes(5).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  cleanups.unshift(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  return { child, done: new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1))) };
}

async function shutdown(code: number) {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  process.exit(code);
}

try {
  const url = await createDatabase();
  await writeFile(databaseUrlFile, url);
  cleanups.unshift(() => rm(databaseUrlFile, { force: true }));
  const env = {
    ...process.env,
    DATABASE_URL: url,
    MEDIA_DIR: path.join(scratch, 'media'),
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
    SITE_URL: `http://127.0.0.1:${port}`,
    // A secret of its own, so the preview does not create one in .data/.
    PREVIEW_SECRET: process.env.PREVIEW_SECRET || randomBytes(32).toString('hex'),
    NODE_ENV: 'production' as const,
  };
  Object.assign(process.env, env);
  await applyMigrations(url);
  const db = createClient(url);
  await importContent(db);
  await ensureDemoUsers();
  await db.$disconnect();
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = await run([nextBin, 'build'], env).done;
    if (build !== 0) await shutdown(build);
    await bundleServer(env.NEXT_DIST_DIR);
  }
  const server = run(serverArgs({ distDir: env.NEXT_DIST_DIR }), { ...env, PORT: String(port), HOST: '127.0.0.1' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.child.kill('SIGTERM'));
  await shutdown(await server.done);
} catch (error) {
  console.error(error);
  await shutdown(1);
}
