import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '@/lib/db/embedded';

// The embedded database runs every connection in one Postgres session, and pglite-socket takes
// the messages of concurrent queries in turn, one at a time (electric-sql/pglite#1046): two
// connections' Parse/Bind/Execute interleave and one binds the other's statement. The site's
// client therefore talks to it over a single connection (src/lib/db/client.ts). This runs on
// its own embedded database, with or without TEST_DATABASE_URL.

let server: EmbeddedServer;
let client: typeof import('@/lib/db/client');

beforeAll(async () => {
  server = await startEmbeddedServer('memory://');
  process.env.DATABASE_URL = server.url;
  delete process.env.DATABASE_REPLICA_URL;
  client = await import('@/lib/db/client');
});

afterAll(async () => {
  await client?.disconnectDb();
  await server?.stop();
});

test('many reads at once on the embedded database each get their own answer', async () => {
  // A large parameter (a story's body, say) reaches the server in several chunks, and between two
  // of them another connection's whole query used to run. Each read is its own statement, so one
  // bound to another's answers with the wrong column.
  const body = 'x'.repeat(300_000);
  const reads = Array.from({ length: 100 }, (_, i) =>
    i % 5 === 0
      ? client.db.$queryRawUnsafe<Record<string, number>[]>(`SELECT length($1::text) AS read_${i}`, body)
      : client.db.$queryRawUnsafe<Record<string, number>[]>(`SELECT $1::int AS read_${i}`, i),
  );
  const answers = await Promise.allSettled(reads);
  expect(answers.map((answer) => (answer.status === 'fulfilled' ? answer.value[0] : String(answer.reason).slice(0, 80)))).toEqual(
    Array.from({ length: 100 }, (_, i) => ({ [`read_${i}`]: i % 5 === 0 ? body.length : i })),
  );
});
