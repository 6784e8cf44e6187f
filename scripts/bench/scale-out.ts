import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { clearRuntimeCache, startApp, type RunningApp } from './app';
import type { Budget } from './budgets';
import { benchDataDir, ensureDemoEditor, prepareBenchDatabase } from './database';
import { throughput, type LoadResult } from './load';
import { failures } from './measure';
import { proxyNginx } from './nginx';
import type { BenchOptions } from './options';
import { beaconPage, corpusPages } from './pages';
import { freePort, sleep } from './proc';
import { publishVisibility, type Visibility } from './publish';

// `--scale-out`: two app instances on one database and one Redis, behind
// deploy/nginx-two-instances.conf. A change saved through instance A must show on instance B
// within a second (the Redis cache handler shares invalidations) and through the proxy (its
// refresh listener), and views counted by both must all reach the database (the views
// module's Redis buffer).

export type ScaleOutResult = {
  size: number; visibility: Visibility; proxiedVisibility: Visibility; proxied: LoadResult; views?: { sent: number; counted: number };
};

async function articleViews(databaseUrl: string, articleId: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ total: string | null }>(`SELECT sum(views) AS total FROM "ArticleViewBucket" WHERE "articleId" = $1`, [articleId]);
    return Number(rows[0]!.total ?? 0);
  } finally {
    await client.end();
  }
}

async function sharedViews(instances: RunningApp[], databaseUrl: string, articlePath: string) {
  const html = await (await fetch(instances[0]!.url + articlePath)).text();
  const beacon = beaconPage(html);
  const articleId = Number(/\d+/.exec(beacon?.paths[0] ?? '')?.[0]);
  if (!beacon || !articleId) return undefined;
  const before = await articleViews(databaseUrl, articleId);
  const sent = 100;
  for (let i = 0; i < sent; i++) await fetch(instances[i % 2]!.url + beacon.paths[0], { headers: beacon.headers }).then((r) => r.arrayBuffer());
  let counted = 0;
  for (let waited = 0; waited < 60_000 && counted < sent; waited += 1000) {
    await sleep(1000);
    counted = (await articleViews(databaseUrl, articleId)) - before;
  }
  return { sent, counted };
}

async function dropKeys(redis: Redis, prefix: string) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export async function runScaleOut(options: BenchOptions): Promise<{ result: ScaleOutResult; budgets: Budget[] }> {
  const size = Math.min(...options.sizes);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `newsroom-bench-${process.pid}`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect().catch((error: Error) => {
    throw new Error(`--scale-out needs Redis at ${redisUrl}: ${error.message}`);
  });
  const database = await prepareBenchDatabase(options.adminUrl, size, false);
  await ensureDemoEditor(database.url);
  await clearRuntimeCache();
  const refreshPort = await freePort();
  const env = {
    databaseUrl: database.url, mediaDir: path.join(benchDataDir, 'media'), redisUrl, redisPrefix,
    extra: { PROXY_REFRESH_URL: `http://127.0.0.1:${refreshPort}` },
  };
  const instances: RunningApp[] = [];
  try {
    instances.push(await startApp({ ...env, port: options.port + 1 }), await startApp({ ...env, port: options.port + 2 }));
    const [a, b] = instances as [RunningApp, RunningApp];
    console.log(`[scale-out] instances on ${a.url} and ${b.url}, Redis prefix ${redisPrefix}`);
    const { specs } = await corpusPages(database.url);
    const article = specs.find((s) => s.key === 'article')!;
    await Promise.all(instances.map((app) => fetch(app.url + '/').then((r) => r.arrayBuffer())));
    const visibility = await publishVisibility(a.url, b.url, database.url);
    const proxy = await proxyNginx(path.join('deploy', 'nginx-two-instances.conf'), [a.port, b.port], refreshPort);
    let proxied: LoadResult, proxiedVisibility: Visibility;
    try {
      proxied = await throughput(options.tool!, { origin: proxy.url, paths: article.paths }, options.duration, options.connections);
      proxiedVisibility = await publishVisibility(a.url, proxy.url, database.url);
    } finally {
      await proxy.stop();
    }
    const views = await sharedViews(instances, database.url, article.paths[0]!);
    const budgets: Budget[] = [
      { name: `Scale-out: change through A visible on B (${visibility.mechanism})`, measured: visibility.samplesMs.map((v) => `${v} ms`).join(', '), limit: 'each < 1000 ms', pass: visibility.maxMs < 1000, hard: false },
      { name: `Scale-out: change through A visible through the proxy (${proxiedVisibility.mechanism})`, measured: proxiedVisibility.samplesMs.map((v) => `${v} ms`).join(', '), limit: 'each < 1000 ms', pass: proxiedVisibility.maxMs < 1000, hard: false },
      { name: 'Scale-out: article via deploy/nginx-two-instances.conf, errors', measured: String(failures(proxied)), limit: '0', pass: failures(proxied) === 0, hard: true },
      views
        ? { name: 'Scale-out: views sent to A and B reach the database', measured: `${views.counted} of ${views.sent}`, limit: 'all, within 60 s', pass: views.counted === views.sent, hard: false }
        : { name: 'Scale-out: views shared', measured: 'no /api/views/ beacon on the article page', limit: 'a beacon', pass: false, hard: false },
    ];
    return { result: { size, visibility, proxiedVisibility, proxied, views }, budgets };
  } finally {
    for (const app of instances) await app.stop();
    await database.stop();
    await dropKeys(redis, redisPrefix).catch(() => {});
    redis.disconnect();
  }
}
