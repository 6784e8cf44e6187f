import { afterAll, beforeAll, expect, test } from 'vitest';
import { isEmbeddedUrl } from '@/lib/db/embedded-url';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createArticle, createAuthor, createSection } from '../helpers/reader-fixture';

// Reads that load relations are prepared once per connection (src/lib/db/client.ts); raw
// queries, whose best plan can depend on their parameters, are not; and nothing is on the
// embedded database, whose connections share one session (without TEST_DATABASE_URL).

process.env.DATABASE_POOL_SIZE = '1';
const { db, getDb } = await import('@/lib/db/client');

let database: TestDatabase;
let slug: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const [section, author] = await Promise.all([createSection(database.db), createAuthor(database.db)]);
  slug = (await createArticle(database.db, { sectionId: section.id, authorIds: [author.id] })).slug;
});

afterAll(async () => {
  await getDb().$disconnect();
  await database?.drop();
});

const preparedOnThisConnection = async () =>
  (await db.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`).map((row) => row.statement);

const readWithRelations = () =>
  db.article.findFirst({ where: { slug }, select: { slug: true, section: { select: { slug: true } }, authors: { select: { author: { select: { name: true } } } } } });
const preparedReads = async () => (await preparedOnThisConnection()).filter((sql) => sql.includes('"__prisma_data__"'));

test.skipIf(!process.env.TEST_DATABASE_URL)('a read with relations is prepared once and reused; a raw query is not prepared', async () => {
  const first = await readWithRelations();
  expect(first?.authors).toHaveLength(1);
  expect(await preparedReads()).toHaveLength(1);
  expect(await readWithRelations()).toEqual(first);
  const prepared = await preparedOnThisConnection();
  expect(prepared.filter((sql) => sql.includes('"__prisma_data__"'))).toHaveLength(1);
  expect(prepared.some((sql) => sql.includes('pg_prepared_statements'))).toBe(false);
});

test.runIf(!process.env.TEST_DATABASE_URL)('on the embedded database nothing is prepared', async () => {
  expect(isEmbeddedUrl(database.url)).toBe(true);
  expect((await readWithRelations())?.authors).toHaveLength(1);
  expect(await preparedReads()).toHaveLength(0);
});
