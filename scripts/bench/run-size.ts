import os from 'node:os';
import path from 'node:path';
import { clearRuntimeCache, startApp, type RunningApp } from './app';
import type { CorpusTimings } from './corpus';
import { benchDataDir, ensureDemoEditor, prepareBenchDatabase } from './database';
import { requestEach, settle, throughput, type LoadResult } from './load';
import { measurePage, type MeasureSettings, type PageResult } from './measure';
import { measureNextFloor, type NextFloor } from './next-floor';
import { proxyNginx, staticNginx } from './nginx';
import { freePort } from './proc';
import type { BenchOptions } from './options';
import { beaconPage, corpusPages, deepPage, type PageSpec } from './pages';
import { publishVisibility, type Visibility } from './publish';
import { soak, type SoakResult } from './soak';
import { beaconPaths, viewCost, type ViewCost } from './views';
import { frameworkScriptBytes, pageWeight, type PageWeight } from './weight';
import { readerPages } from './budgets';

// One corpus size, start to finish: database, a cold server, the nginx baseline, every page
// type, the proxy, publishing, view counting, page weight and (with --soak) memory over time.

export type SizeResult = {
  size: number;
  database: string;
  corpus: CorpusTimings | null;
  nginx: LoadResult;
  nginxBytes: number;
  /** A trivial Next.js page served by `next start`, prerendered and rendered on first request (./next-floor.ts). */
  nextFloor?: NextFloor;
  proxy?: LoadResult;
  pages: PageResult[];
  deepRender?: { shallowMs: number; deepMs: number };
  publish?: Visibility;
  publishProxied?: Visibility;
  views?: ViewCost;
  weights: PageWeight[];
  frameworkScriptBytes: number;
  idleRssMb: number;
  maxRssMb: number;
  soak?: SoakResult;
  notes: string[];
  /** Checks that could not run at all (a newsroom form missing, a proxy that would not start). */
  errors: string[];
};

async function attempt<T>(what: string, errors: string[], check: () => Promise<T>): Promise<T | undefined> {
  try {
    return await check();
  } catch (error) {
    errors.push(`${what}: ${(error as Error).message}`);
    return undefined;
  }
}

const status = (origin: string, pagePath: string) => fetch(origin + pagePath, { redirect: 'manual' }).then((r) => r.status, () => 0);

/** Page 500 when the section has one; otherwise its last page (small corpora). */
async function resolveDeepPage(origin: string, sectionPath: string): Promise<number> {
  if ((await status(origin, `${sectionPath}/page/${deepPage}`)) === 200) return deepPage;
  // Without page 2 there is no pagination at all: page 500 stays, and is reported as broken.
  if ((await status(origin, `${sectionPath}/page/2`)) !== 200) return deepPage;
  let [low, high] = [1, deepPage];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if ((await status(origin, `${sectionPath}/page/${middle}`)) === 200) low = middle;
    else high = middle;
  }
  return low;
}

async function medianFirstRender(origin: string, pagePaths: string[]): Promise<number> {
  const times: number[] = [];
  for (const pagePath of pagePaths) {
    const started = performance.now();
    await fetch(origin + pagePath).then((r) => r.arrayBuffer());
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function deepRender(app: RunningApp, specs: PageSpec[], notes: string[]) {
  const spec = specs.find((p) => p.key === 'section-deep')!;
  const sectionPath = spec.paths[0]!.replace(/\/page\/\d+$/, '');
  const last = await resolveDeepPage(app.url, sectionPath);
  if (last !== deepPage) {
    notes.push(`The section has ${last} pages: its last page stands in for page ${deepPage}.`);
    spec.paths = spec.ratePaths = [`${sectionPath}/page/${last}`];
    spec.label = `Section, page ${last} (last)`;
  }
  if (last < 30) return undefined;
  const range = (from: number) => Array.from({ length: 10 }, (_, i) => `${sectionPath}/page/${from + i}`);
  return { shallowMs: await medianFirstRender(app.url, range(2)), deepMs: await medianFirstRender(app.url, range(last - 10)) };
}

async function warm(app: RunningApp, specs: PageSpec[], options: BenchOptions) {
  for (const spec of specs) if (spec.group !== 'uncached') await fetch(app.url + spec.paths[0]).then((r) => r.arrayBuffer(), () => null);
  await requestEach(app.url, specs.flatMap((spec) => spec.warmPaths ?? []));
  await throughput(options.tool!, { origin: app.url, paths: specs.filter((s) => s.group === 'cached').map((s) => s.paths[0]!) }, 3, options.connections);
  await settle({ rss: app.rss, cpuMs: app.cpuMs });
}

export async function runSize(options: BenchOptions, size: number): Promise<SizeResult> {
  const log = (message: string) => console.log(`[${size.toLocaleString('en')}] ${message}`);
  const database = await prepareBenchDatabase(options.adminUrl, size, options.fresh);
  log(database.loaded ? `corpus loaded in ${(database.loaded.total / 1000).toFixed(0)} s` : `corpus reused (${database.name})`);
  await ensureDemoEditor(database.url);
  await clearRuntimeCache();
  // The proxy starts later; the app learns its refresh listener's address now (PROXY_REFRESH_URL).
  const refreshPort = await freePort();
  const app = await startApp({
    databaseUrl: database.url, mediaDir: path.join(benchDataDir, 'media'), port: options.port,
    extra: { PROXY_REFRESH_URL: `http://127.0.0.1:${refreshPort}` },
  });
  const notes: string[] = [];
  const errors: string[] = [];
  const idleRssMb = app.rss();
  const server = { rss: app.rss, cpuMs: app.cpuMs };
  const settings: MeasureSettings = { tool: options.tool!, seconds: options.duration, rateSeconds: options.rateDuration, connections: options.connections, server };
  try {
    const { specs, recentIds } = await corpusPages(database.url);
    const deep = await deepRender(app, specs, notes);
    log('warming up');
    await warm(app, specs, options);
    const article = specs.find((s) => s.key === 'article')!;
    const articleHtml = await (await fetch(app.url + article.paths[0])).text();
    log('nginx static baseline');
    const nginxServer = await staticNginx(articleHtml);
    const nginx = await throughput(options.tool!, { origin: nginxServer.url, paths: ['/article.html'] }, options.duration, options.connections, nginxServer.probe)
      .finally(() => nginxServer.stop());
    await settle(server);
    notes.push(`Against nginx, ${options.tool} used ${nginx.toolCpuPercent}% of one core and nginx ${(nginx.serverCpuMs * 1000).toFixed(0)} µs of CPU per request; the machine has ${os.cpus().length} cores.`);
    log('Next.js trivial page, cached and first render (next start)');
    const nextFloor = await attempt('a trivial Next.js page', errors, () => measureNextFloor(options.tool!, options.duration, options.connections));
    await settle(server);
    if (nextFloor) {
      const share = (run: LoadResult) => `${((run.rps / nginx.rps) * 100).toFixed(2)}%`;
      notes.push(`A trivial prerendered Next.js page (\`next start\`, no compression) answered at ${share(nextFloor.page)} of nginx; the issue's reference machine gives 2.5-3%.`);
      notes.push(`A trivial page's first render (ISR, \`next start\`) answered at ${share(nextFloor.firstRender)} of nginx, at ${nextFloor.firstRender.serverCpuMs.toFixed(2)} ms of CPU; the budget for an article's first render is 0.5%.`);
    }
    const pages: PageResult[] = [];
    for (const spec of specs) {
      log(`loading ${spec.label} (${spec.paths[0]})`);
      pages.push(await measurePage(app.url, spec, settings));
    }
    const beacon = beaconPage(articleHtml);
    let views: ViewCost | undefined;
    if (beacon) {
      beacon.paths = beacon.ratePaths = beaconPaths(beacon, recentIds);
      log(`view beacon (${beacon.paths[0]})`);
      const measured = await measurePage(app.url, beacon, settings);
      pages.push(measured);
      if (!measured.error) views = await attempt('view counting', errors, () => viewCost(app.url, database.url, article, beacon, settings, !options.ci));
    } else {
      pages.push({ key: 'beacon', label: 'View beacon', group: 'beacon', path: '/api/views/…', status: null, bytes: 0, latencyRate: 500, error: 'the article page links no /api/views/ beacon' });
    }
    log('front proxy (deploy/nginx.conf)');
    let publishProxied: Visibility | undefined;
    const proxy = await attempt('front proxy', errors, async () => {
      const proxyServer = await proxyNginx(path.join('deploy', 'nginx.conf'), [app.port], refreshPort);
      try {
        const run = await throughput(options.tool!, { origin: proxyServer.url, paths: article.paths }, options.duration, options.connections, server);
        await settle(server);
        publishProxied = await attempt('publishing through the proxy', errors, () => publishVisibility(app.url, proxyServer.url, database.url));
        return run;
      } finally {
        await proxyServer.stop();
      }
    });
    log('publishing');
    const publish = await attempt('publishing', errors, () => publishVisibility(app.url, app.url, database.url));
    const weights: PageWeight[] = [];
    for (const page of pages) if (readerPages.includes(page.key) && !page.error) weights.push(await pageWeight(app.url, page.path));
    const soaked = options.soak
      ? (log(`soak for ${options.soakMinutes} min`),
        await soak(app.url, [...specs.filter((s) => s.group === 'cached').map((s) => s.paths[0]!), ...specs.find((s) => s.key === 'article-first')!.ratePaths],
          options.soakMinutes, options.tool!, options.connections, app.rss))
      : undefined;
    const maxRssMb = Math.max(idleRssMb, ...pages.flatMap((p) => [p.throughput?.maxRssMb ?? 0, p.latency?.maxRssMb ?? 0]));
    return {
      size, database: database.name, corpus: database.loaded, nginx, nginxBytes: Buffer.byteLength(articleHtml), nextFloor, proxy, pages, deepRender: deep,
      publish, publishProxied, views, weights, frameworkScriptBytes: await frameworkScriptBytes(app.url), idleRssMb, maxRssMb, soak: soaked, notes, errors,
    };
  } finally {
    await app.stop();
    await database.stop();
  }
}
