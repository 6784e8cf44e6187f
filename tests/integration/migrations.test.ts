import { afterAll, beforeAll, expect, test } from 'vitest';
import { diffMigrationsToSchema, readMigrations } from '@/lib/db/schema-engine';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

test('migrations from an empty database record every migration in Prisma history table', async () => {
  const { migrationDirectories } = await readMigrations();
  const rows = await database.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
    SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
  expect(rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
  expect(rows.every((r) => r.finished_at !== null)).toBe(true);
});

test('the search trigger fills the weighted search vector on insert', async () => {
  const section = await database.db.section.create({ data: { slug: 'politics', name: 'Politics' } });
  await database.db.article.create({
    data: { slug: 'trigger-check', headline: 'Pyongyang summit', subheadlines: [], sectionId: section.id, bodyMarkdown: 'Negotiators met.' },
  });
  const [row] = await database.db.$queryRaw<{ v: string }[]>`SELECT "searchVector"::text AS v FROM "Article" WHERE slug = 'trigger-check'`;
  expect(row?.v).toContain("'pyongyang':1A");
  expect(row?.v).toContain("'negoti':");
});

test('schema.prisma and the migrations folder agree (no drift)', async () => {
  expect(await diffMigrationsToSchema()).toBe('');
});
