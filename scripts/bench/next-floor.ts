import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nextBin } from '../next-bin';
import { benchDataDir } from './database';
import { requestEach, settle, throughput, type LoadResult, type ServerProbe, type Tool } from './load';
import { freePort, processTreeCpuMs, processTreeRss, sleep } from './proc';

// The framework's floor, measured in the same run as everything else, in two parts:
// - a trivial App Router page (a paragraph in a root layout), prerendered by `next build` and served
//   by `next start` with compression off: the page the issue prices at 2.5-3% of nginx on its
//   reference machine ("as fast as Next.js serves a trivial static page"). Its share of this
//   machine's nginx says how far this machine is from that reference, and the cached article's
//   share of it says what the site costs above the framework's cheapest answer;
// - the first render of a trivial page, rendered on its first request and stored as the article
//   pages are (ISR: `revalidate`, no params at build): the cheapest first render the framework
//   does, against which the article's first render (budget 0.5% of nginx) can be read.
// Written and built under .data/bench/next-floor, once per Next.js version.

const appDir = path.join(benchDataDir, 'next-floor');

const files: Record<string, string> = {
  'next.config.mjs': `export default { compress: false, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  'app/layout.jsx': 'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  'app/page.jsx': 'export default function Page() {\n  return <p>A trivial static page.</p>;\n}\n',
  'app/r/[slug]/page.jsx': [
    'export const revalidate = 300;',
    'export async function generateStaticParams() {\n  return [];\n}',
    'export default async function Page({ params }) {\n  const { slug } = await params;\n  return <p>A trivial page, {slug}, rendered on its first request.</p>;\n}\n',
  ].join('\n'),
};

/** Where `next start` stores the pages it renders on request (the build writes nothing there). */
const routeCacheDir = path.join(appDir, '.next', 'server', 'route-cache');

type RunningFloor = { url: string; probe: ServerProbe; stop: () => Promise<void> };

/** `next <command>` on the trivial app, with the last of what it printed for an error message. */
function runNext(args: string[], port?: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NEXT_DIST_DIR;
  const child = spawn(process.execPath, [nextBin, ...args, appDir, ...(port ? ['-p', String(port), '-H', '127.0.0.1'] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => output };
}

async function build(): Promise<void> {
  const { version } = JSON.parse(await readFile(path.join(path.dirname(nextBin), '..', '..', 'package.json'), 'utf8')) as { version: string };
  const stamp = JSON.stringify({ version, files });
  const stampFile = path.join(appDir, '.next', 'newsroom-floor-stamp');
  if ((await readFile(stampFile, 'utf8').catch(() => '')) === stamp) return;
  await rm(appDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(appDir, name)), { recursive: true });
    await writeFile(path.join(appDir, name), text);
  }
  const { child, output } = runNext(['build']);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0 || !existsSync(path.join(appDir, '.next', 'BUILD_ID'))) throw new Error(`next build of the trivial page failed:\n${output()}`);
  await writeFile(stampFile, stamp);
}

/** Builds the trivial app when this Next.js has not built it yet, and serves it with `next start`, no page rendered yet. */
async function startNextFloor(): Promise<RunningFloor> {
  await build();
  // A page stored by an earlier run would be a cache hit, not a first render.
  await rm(routeCacheDir, { recursive: true, force: true });
  const port = await freePort();
  const { child, output } = runNext(['start'], port);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output()}`);
    if (await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false)) break;
    if (attempt > 100) throw new Error(`next start did not answer on ${url}`);
    await sleep(100);
  }
  return {
    url,
    probe: { rss: () => processTreeRss(child.pid!), cpuMs: () => processTreeCpuMs(child.pid!) },
    async stop() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

export type NextFloor = { page: LoadResult; pageBytes: number; firstRender: LoadResult; firstRenderBytes: number };

/**
 * Both floors, warmed as the app is (its JIT: a few hundred first renders, then three seconds of
 * the cached page) and then measured with the same tool and settings as the site's pages.
 */
export async function measureNextFloor(tool: Tool, seconds: number, connections: number): Promise<NextFloor> {
  const floor = await startNextFloor();
  try {
    const bodyBytes = async (pagePath: string) => (await (await fetch(floor.url + pagePath)).arrayBuffer()).byteLength;
    // Never-visited paths: more than the run can render, warm-up first.
    const fresh = Array.from({ length: 20_000 }, (_, i) => `/r/page-${i}`);
    const warm = fresh.splice(0, 200);
    await requestEach(floor.url, warm);
    const [pageBytes, firstRenderBytes] = [await bodyBytes('/'), await bodyBytes(warm[0]!)];
    await throughput(tool, { origin: floor.url, paths: ['/'] }, 3, connections);
    await settle(floor.probe);
    const page = await throughput(tool, { origin: floor.url, paths: ['/'] }, seconds, connections, floor.probe);
    await settle(floor.probe);
    const firstRender = await throughput(tool, { origin: floor.url, paths: fresh }, seconds, connections, floor.probe);
    return { page, pageBytes, firstRender, firstRenderBytes };
  } finally {
    await floor.stop();
  }
}
