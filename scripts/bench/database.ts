import path from 'node:path';
import pg from 'pg';
import { startEmbeddedServer } from '../../src/lib/db/embedded';
import { applyMigrations } from '../../src/lib/db/schema-engine';
import { loadCorpus, type CorpusTimings } from './corpus';

// One database per corpus size, `newsroom_bench_<size>`, on the server BENCH_DATABASE_URL names
// (or an embedded one under .data/bench when there is no server). A database comment records a
// finished load, so later runs reuse the corpus unless --fresh is given.

// v2: the search_text migration (snippet text, vectors in their rows); a reload is quicker and
// leaves a tidier table than that migration's rewrite of every row.
const corpusVersion = 'newsroom-bench corpus v2';
export const benchDataDir = path.join(process.cwd(), '.data', 'bench');

export type BenchDatabase = { url: string; name: string; embedded: boolean; loaded: CorpusTimings | null; stop: () => Promise<void> };

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function serverReachable(adminUrl: string): Promise<boolean> {
  return query(adminUrl, 'SELECT 1').then(() => true, () => false);
}

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function corpusMarker(adminUrl: string, name: string): Promise<string | null> {
  const rows = await query<{ comment: string | null }>(
    adminUrl, 'SELECT shobj_description(oid, \'pg_database\') AS comment FROM pg_database WHERE datname = $1', [name]);
  return rows[0]?.comment ?? null;
}

export async function prepareBenchDatabase(adminUrl: string, size: number, fresh: boolean): Promise<BenchDatabase> {
  const name = `newsroom_bench_${size}`;
  const mediaDir = path.join(benchDataDir, 'media');
  const marker = `${corpusVersion} articles=${size}`;
  if (!(await serverReachable(adminUrl))) {
    console.log(`No Postgres server at ${new URL(adminUrl).host}: using an embedded database (slow at large sizes).`);
    const embedded = await startEmbeddedServer(path.join(benchDataDir, `pglite-${size}`));
    const count = await query<{ n: number }>(embedded.url, 'SELECT count(*)::int AS n FROM "Article"').catch(() => [{ n: 0 }]);
    let loaded: CorpusTimings | null = null;
    await applyMigrations(embedded.url);
    if (fresh || count[0]?.n !== size) {
      await query(embedded.url, 'TRUNCATE "Article", "Section", "Topic", "Author", "Tag", "Media" CASCADE');
      loaded = await loadCorpus(embedded.url, size, mediaDir);
    }
    return { url: embedded.url, name, embedded: true, loaded, stop: embedded.stop };
  }
  const url = withDatabase(adminUrl, name);
  if (!fresh && (await corpusMarker(adminUrl, name)) === marker) {
    await applyMigrations(url);
    return { url, name, embedded: false, loaded: null, stop: async () => {} };
  }
  await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await query(adminUrl, `CREATE DATABASE "${name}"`);
  await applyMigrations(url);
  const loaded = await loadCorpus(url, size, mediaDir);
  await query(adminUrl, `COMMENT ON DATABASE "${name}" IS '${marker}'`);
  return { url, name, embedded: false, loaded, stop: async () => {} };
}

/** The demo editor the publish checks sign in as, created through the app's own code. */
export async function ensureDemoEditor(url: string): Promise<void> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const { ensureDemoUsers } = await import('../../src/lib/auth/demo-users');
  const { getDb } = await import('../../src/lib/db/client');
  try {
    await ensureDemoUsers();
  } finally {
    await getDb().$disconnect();
    // The app's client is created once per process; the next corpus size needs a new one.
    delete (globalThis as { newsroomDb?: unknown }).newsroomDb;
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}
