import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

// One client per process, created on first use. DATABASE_URL names the server: the start
// script points it at the embedded database when the user has not set it.

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start the site with `npm start` (embedded database) or set DATABASE_URL.');
  }
  return url;
}

function createClient() {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max }) });
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
