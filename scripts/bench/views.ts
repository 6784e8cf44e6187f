import pg from 'pg';
import { fixedRate, settle, throughput, type LoadResult, type LoadTarget, type ServerProbe, type Tool } from './load';
import type { PageSpec } from './pages';
import { sleep } from './proc';

// What counting views costs: the article's throughput without and with a steady beacon load
// beside it, and how many database transactions and rows a 500 views/s beacon load causes.
// Postgres publishes an idle connection's statistics up to 10 s late, hence the waits.

export type ViewCost = {
  pageRpsOff: number; pageRpsOn: number; ratio: number; sideRate: number;
  /** The 500 views/s run and the database work it caused; skipped with --ci (the statistics waits take 22 s). */
  writes?: { beacon: LoadResult; beaconRate: number; commitsPerSecond: number; rowsPerSecond: number };
};

const statsLagMs = 11_000;

async function databaseStats(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ commits: string; rows: string }>(
      `SELECT xact_commit AS commits, tup_inserted + tup_updated + tup_deleted AS rows FROM pg_stat_database WHERE datname = current_database()`);
    return { commits: Number(rows[0]!.commits), rows: Number(rows[0]!.rows) };
  } finally {
    await client.end();
  }
}

/** The beacon for many articles, when its URL names one: views spread over stories as they do. */
export function beaconPaths(beacon: PageSpec, articleIds: number[]): string[] {
  const path = beacon.paths[0]!;
  if (!/\d+/.test(path)) return [path];
  return articleIds.map((id) => path.replace(/\d+(?!.*\d)/, String(id)));
}

export async function viewCost(
  origin: string, databaseUrl: string, article: PageSpec, beacon: PageSpec,
  settings: { tool: Tool; seconds: number; connections: number; rateSeconds: number; server: ServerProbe }, measureWrites: boolean,
): Promise<ViewCost> {
  const beaconTarget: LoadTarget = { origin, paths: beacon.paths, headers: beacon.headers };
  const pageTarget: LoadTarget = { origin, paths: article.paths };
  const sideRate = 100;
  const off = await throughput(settings.tool, pageTarget, settings.seconds, settings.connections, settings.server);
  await settle(settings.server);
  const [on] = await Promise.all([
    throughput(settings.tool, pageTarget, settings.seconds, settings.connections, settings.server),
    fixedRate(beaconTarget, sideRate, settings.seconds),
  ]);
  await settle(settings.server);
  const cost = { pageRpsOff: off.rps, pageRpsOn: on.rps, ratio: on.rps / off.rps, sideRate };
  if (!measureWrites) return cost;
  await sleep(statsLagMs);
  const before = await databaseStats(databaseUrl);
  const beaconRate = 500;
  const beaconRun = await fixedRate(beaconTarget, beaconRate, settings.rateSeconds, settings.server);
  await sleep(statsLagMs);
  const after = await databaseStats(databaseUrl);
  // Our own two statistics queries are transactions too.
  const commits = Math.max(0, after.commits - before.commits - 2);
  return {
    ...cost,
    writes: { beacon: beaconRun, beaconRate, commitsPerSecond: commits / settings.rateSeconds, rowsPerSecond: (after.rows - before.rows) / settings.rateSeconds },
  };
}
