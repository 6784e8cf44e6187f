import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient } from '@/generated/prisma/client';
import { isEmbeddedUrl } from './embedded-url';

// One client per process, created on first use. DATABASE_URL names the server: the start
// script points it at the embedded database when the user has not set it. DATABASE_REPLICA_URL
// (one or several, comma-separated) names streaming standbys for public reads: the reader
// pages' queries go through `readDb`, everything else (the newsroom, sessions, writes and
// transactions) through `db`, on the primary.

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start the site with `npm start` (embedded database) or set DATABASE_URL.');
  }
  return url;
}

// Reads that load relations are one statement of LATERAL joins building JSON, which Postgres
// takes several times longer to plan than to run (7 ms against 2 for an article). Named, they
// are prepared once per connection and Postgres may keep a generic plan. Only those: a raw
// query's plan can depend on its parameters (a search for a common word or a rare one). Not on
// the embedded database (./embedded-url.ts), nor through a pooler that cannot keep prepared
// statements (DATABASE_PREPARED_STATEMENTS=0: PgBouncer before 1.21 in transaction mode).
const statementNames = new Map<string, string>();

function relationReadName({ sql }: SqlQuery): string | undefined {
  if (!sql.includes('"__prisma_data__"')) return undefined;
  let name = statementNames.get(sql);
  if (!name) {
    name = `rel_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function replicaUrls(): string[] {
  return (process.env.DATABASE_REPLICA_URL ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

// The embedded database runs every connection in one session and takes their messages in turn,
// one at a time, so two connections' queries interleave and one can run with the other's statement
// (electric-sql/pglite#1046); it answers one query at a time anyway. One connection, then.
/** A client for `url` with the site's pool and statement settings; the scripts that seed a database use it too. */
export function createClient(url: string) {
  const embedded = isEmbeddedUrl(url);
  const max = embedded ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const prepare = process.env.DATABASE_PREPARED_STATEMENTS !== '0' && !embedded;
  // A generator may return no name (an unnamed statement), though its type says string.
  const statementNameGenerator = prepare ? (relationReadName as (query: SqlQuery) => string) : undefined;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }, { statementNameGenerator }) });
}

type Clients = { primary: PrismaClient; replicas: PrismaClient[]; pickReplica: (() => PrismaClient) | null };

// Prisma's read-replicas extension holds the standbys and picks one at random per query; public
// reads ask it for one explicitly (`$replica()`), so raw queries (listings, search, most viewed)
// go to a standby too, which the extension's own routing leaves on the primary.
function createClients(): Clients {
  const primary = createClient(databaseUrl());
  const replicas = replicaUrls().map(createClient);
  if (!replicas.length) return { primary, replicas, pickReplica: null };
  type ReplicaOptions = Parameters<typeof readReplicas>[0]['replicas'];
  const routed = primary.$extends(readReplicas({ replicas: replicas as unknown as ReplicaOptions }));
  return { primary, replicas, pickReplica: () => routed.$replica() as unknown as PrismaClient };
}

const globalForDb = globalThis as unknown as { newsroomDb?: Clients };

function clients(): Clients {
  globalForDb.newsroomDb ??= createClients();
  return globalForDb.newsroomDb;
}

export function getDb(): PrismaClient {
  return clients().primary;
}

/** A standby for a public read, or the primary when there is none. */
function getReadDb(): PrismaClient {
  const { primary, pickReplica } = clients();
  return pickReplica ? pickReplica() : primary;
}

/** Disconnects the primary and every standby (tests and scripts that end the process). */
export async function disconnectDb(): Promise<void> {
  const { primary, replicas } = clients();
  await Promise.all([primary, ...replicas].map((client) => client.$disconnect()));
}

/**
 * After a write readers must see, before the pages that show it are re-rendered: waits until every
 * standby has replayed the primary's log up to now, so a page is not cached as it was before the
 * write. True at once without replicas, or for one that is not a streaming standby; false if one
 * is still behind after `timeoutMs` (the pages are refreshed anyway, and again on their next
 * revalidation).
 */
export async function replicasCaughtUp(timeoutMs = 2_000): Promise<boolean> {
  if (!replicaUrls().length) return true;
  const { primary, replicas } = clients();
  const [{ lsn }] = await primary.$queryRaw<[{ lsn: string }]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  const deadline = Date.now() + timeoutMs;
  const caughtUp = async (replica: PrismaClient) => {
    for (;;) {
      const [{ behind }] = await replica.$queryRaw<[{ behind: boolean }]>`
        SELECT pg_is_in_recovery() AND coalesce(pg_last_wal_replay_lsn() < ${lsn}::pg_lsn, true) AS behind`;
      if (!behind) return true;
      if (Date.now() >= deadline) return false;
      await sleep(10);
    }
  };
  return (await Promise.all(replicas.map(caughtUp))).every(Boolean);
}

/** Before public pages are expired after a write: the replicas have it, or a warning says one had not. */
export async function awaitReplicas(): Promise<void> {
  if (!(await replicasCaughtUp())) {
    console.warn('A read replica is still behind the primary after 2 s: pages refreshed now may show the change only at their next revalidation.');
  }
}

function clientProxy(client: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const target = client();
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The shared client, on the primary; only src/lib/** imports it. */
export const db: PrismaClient = clientProxy(getDb);

/**
 * Public reads: the queries behind reader pages, feeds and sitemaps, which may lag the primary by
 * a moment. A standby (picked per query) when DATABASE_REPLICA_URL is set, else the primary. Never
 * for the newsroom, sessions or anything read in order to write.
 */
export const readDb: PrismaClient = clientProxy(getReadDb);
