import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import { bundleServer } from '../bundle-server';
import { serverArgs } from '../next-bin';
import { processTree, processTreeCpuMs, processTreeRss } from './proc';

// The production app as the benchmark runs it: built once into its own dist dir, started with
// the site's server (src/server/main.ts, as `npm start` runs it) on the bench database. Runtime cache files (ISR pages, data cache) are removed
// before every start, so each run begins cold and "never visited" really means it.

export const distDir = '.next-bench';
const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const stampFile = path.join(root, distDir, 'newsroom-bench-stamp');
const buildFilesFile = path.join(root, distDir, 'newsroom-bench-files.json');

export type AppEnv = { databaseUrl: string; mediaDir: string; port: number; redisUrl?: string; redisPrefix?: string; extra?: Record<string, string> };

function appEnv(env: AppEnv): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: env.databaseUrl,
    MEDIA_DIR: env.mediaDir,
    SITE_URL: `http://127.0.0.1:${env.port}`,
    PORT: String(env.port),
    ...env.extra,
  };
  delete vars.REDIS_URL;
  if (env.redisUrl) Object.assign(vars, { REDIS_URL: env.redisUrl, REDIS_KEY_PREFIX: env.redisPrefix });
  return vars;
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function sourceStamp(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of ['src', 'public', 'next.config.ts', 'package-lock.json']) {
    const files = (await stat(input).catch(() => null))?.isDirectory() ? (await listFiles(input)).sort() : existsSync(input) ? [input] : [];
    for (const file of files) {
      const info = await stat(file);
      hash.update(`${file}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** Builds unless the sources are unchanged since the last benchmark build. */
export async function buildApp(env: AppEnv, logFile: string): Promise<'built' | 'reused'> {
  const stamp = await sourceStamp();
  if ((await readFile(stampFile, 'utf8').catch(() => '')) === stamp) return 'reused';
  await mkdir(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [nextBin, 'build'], { env: appEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see ${logFile}`);
  await bundleServer(distDir);
  await writeFile(buildFilesFile, JSON.stringify(await runtimeCacheCandidates()));
  await writeFile(stampFile, stamp);
  return 'built';
}

const runtimeCacheCandidates = async () => [...(await listFiles(path.join(distDir, 'server'))), ...(await listFiles(path.join(distDir, 'cache')))];

/** Deletes every file under server/ and cache/ that the build did not write. */
export async function clearRuntimeCache() {
  const built = new Set<string>(JSON.parse(await readFile(buildFilesFile, 'utf8').catch(() => '[]')));
  for (const file of await runtimeCacheCandidates()) if (!built.has(file)) await rm(file, { force: true });
}

export type RunningApp = { port: number; pid: number; url: string; rss: () => number; cpuMs: () => number; stop: () => Promise<void>; log: string[] };

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Signals go to every process of the server's tree. */
function signalTree(pid: number, signal: NodeJS.Signals) {
  for (const member of processTree(pid).reverse()) {
    try {
      process.kill(member, signal);
    } catch {
      // Already gone.
    }
  }
}

export async function startApp(env: AppEnv): Promise<RunningApp> {
  if (await portInUse(env.port)) throw new Error(`Port ${env.port} is in use: pass --port to choose another range.`);
  const child: ChildProcess = spawn(process.execPath, serverArgs({ distDir }), {
    env: { ...appEnv(env), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let stopping = false;
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // A server that dies mid-run says why, rather than leaving the next request to fail blind.
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`The server on port ${env.port} exited (${signal ?? code}). Its last output:\n${log.slice(-30).join('')}`);
  });
  const url = `http://127.0.0.1:${env.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log.join('')}`);
    const ok = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer on ${url} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    port: env.port,
    pid: child.pid!,
    url,
    log,
    rss: () => processTreeRss(child.pid!),
    cpuMs: () => processTreeCpuMs(child.pid!),
    async stop() {
      stopping = true;
      const tree = processTree(child.pid!);
      signalTree(child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      // Whatever of the tree is still a Next.js process after 5 s is killed.
      for (const member of tree) {
        const command = await readFile(`/proc/${member}/cmdline`, 'utf8').catch(() => '');
        if (command.includes('next') || command.includes('newsroom-server')) process.kill(member, 'SIGKILL');
      }
    },
  };
}
