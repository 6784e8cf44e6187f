import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { createClient } from '@/lib/db/client';
import { startEmbeddedServer } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/schema-engine';

// Integration tests run against a real Postgres server: TEST_DATABASE_URL (CI: the local
// server), or, without it, an in-memory embedded Postgres started for the test file. Each test
// file gets its own freshly migrated database, so tests never touch development data or each other.

const localHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set.');
  const { hostname } = new URL(url);
  if (!localHosts.has(hostname)) throw new Error(`Refusing to run tests against a non-local database (${hostname}).`);
  return url;
}

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; db: PrismaClient; drop: () => Promise<void> };

/**
 * A new, migrated database on the test server, with a client connected to it. It also becomes
 * this test file's DATABASE_URL, so the app's own `db` (created on first use) talks to it too.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = process.env.TEST_DATABASE_URL ? await createServerTestDatabase() : await createEmbeddedTestDatabase();
  process.env.DATABASE_URL = database.url;
  return database;
}

async function createServerTestDatabase(): Promise<TestDatabase> {
  const name = `newsroom_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(testServerUrl(), name);
  await applyMigrations(url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const server = await startEmbeddedServer('memory://');
  await applyMigrations(server.url);
  // The site's client: one connection, since the embedded database interleaves concurrent queries.
  const db = createClient(server.url);
  return {
    url: server.url,
    db,
    async drop() {
      await db.$disconnect();
      await server.stop();
    },
  };
}

/** A short random suffix, so rows a test creates never collide with another test's. */
export function uniqueKey(prefix = 'k'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
