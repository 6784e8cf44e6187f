import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/generated/prisma/client';
import { isEmbeddedUrl } from './embedded-url';

// One client per process, created on first use. DATABASE_URL names the server: the start
// script points it at the embedded database when the user has not set it.

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

function createClient() {
  const url = databaseUrl();
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const prepare = process.env.DATABASE_PREPARED_STATEMENTS !== '0' && !isEmbeddedUrl(url);
  // A generator may return no name (an unnamed statement), though its type says string.
  const statementNameGenerator = prepare ? (relationReadName as (query: SqlQuery) => string) : undefined;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }, { statementNameGenerator }) });
}

const globalForDb = globalThis as unknown as { newsroomDb?: PrismaClient };

export function getDb(): PrismaClient {
  globalForDb.newsroomDb ??= createClient();
  return globalForDb.newsroomDb;
}

/** The shared client; only src/lib/** imports it. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
