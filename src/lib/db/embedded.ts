import { mkdir, open, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { embeddedUrl } from './embedded-url';

// The embedded database: PGlite (Postgres compiled to WebAssembly) served over the Postgres wire
// protocol on a loopback port. Exactly one process owns the data directory (a lock file names it
// and its port); every other process (the build, the server, the import) connects through that
// port with the same driver it would use for any Postgres server.

export const defaultDataDir = path.join(process.cwd(), '.data', 'pglite');

type Owner = { pid: number; port: number };
export type EmbeddedServer = { url: string; stop: () => Promise<void> };

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function readOwner(lockPath: string): Promise<Owner | null> {
  const text = await readFile(lockPath, 'utf8').catch(() => null);
  if (!text) return null;
  try {
    return JSON.parse(text) as Owner;
  } catch {
    return null;
  }
}

/** The URL of an embedded server another process is already running on `dataDir`, if any. */
export async function findRunningServer(dataDir = defaultDataDir): Promise<string | null> {
  const owner = await readOwner(`${dataDir}.lock`);
  if (owner && isAlive(owner.pid) && (await canConnect(owner.port))) return embeddedUrl(owner.port);
  return null;
}

/**
 * Opens the data directory and serves it. Refuses when another live process owns it;
 * a lock left by a process that died is taken over.
 */
export async function startEmbeddedServer(dataDir = defaultDataDir, port = 0): Promise<EmbeddedServer> {
  if (dataDir.startsWith('memory://')) return serve(await PGlite.create(), port, async () => {});
  await mkdir(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  const lock = await open(lockPath, 'wx').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    const owner = await readOwner(lockPath);
    if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
      throw new Error(`The embedded database ${dataDir} is in use by process ${owner.pid} on port ${owner.port}.`);
    }
    await rm(lockPath, { force: true });
    return open(lockPath, 'wx');
  });
  try {
    const served = await serve(await PGlite.create({ dataDir }), port, () => rm(lockPath, { force: true }));
    await lock.writeFile(JSON.stringify({ pid: process.pid, port: served.port } satisfies Owner));
    await lock.close();
    return served;
  } catch (error) {
    await lock.close().catch(() => {});
    await rm(lockPath, { force: true });
    throw error;
  }
}

async function serve(db: PGlite, port: number, release: () => Promise<void>) {
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 64 });
  await server.start();
  const actualPort = Number(server.getServerConn().split(':').pop());
  return {
    port: actualPort,
    url: embeddedUrl(actualPort),
    async stop() {
      await server.stop();
      await db.close();
      await release();
    },
  };
}

/**
 * Runs `fn` with a database URL: DATABASE_URL when set, else the embedded server another
 * process is running, else an embedded server started for the duration of `fn`.
 */
export async function withDatabaseUrl<T>(fn: (url: string) => Promise<T>, dataDir = defaultDataDir): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const running = await findRunningServer(dataDir);
  if (running) return fn(running);
  const server = await startEmbeddedServer(dataDir);
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}
