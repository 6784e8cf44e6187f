import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importContent } from '@/lib/content/import-content';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { writeContentFixture } from '../helpers/content-fixture';

let database: TestDatabase;
let root: string;

beforeAll(async () => {
  process.env.MEDIA_DIR = await mkdtemp(path.join(os.tmpdir(), 'newsroom-media-'));
  database = await createTestDatabase();
  root = await writeContentFixture();
});

afterAll(async () => {
  await database?.drop();
  await rm(root, { recursive: true, force: true });
  await rm(process.env.MEDIA_DIR!, { recursive: true, force: true });
});

async function relatedSlugs(slug: string) {
  const rows = await database.db.relatedArticle.findMany({
    where: { article: { slug } },
    orderBy: [{ pinned: 'desc' }, { position: 'asc' }],
    select: { pinned: true, relatedArticle: { select: { slug: true } } },
  });
  return rows.map((r) => [r.relatedArticle.slug, r.pinned]);
}

test('the content import computes every published story\'s related stories after its pins', async () => {
  await importContent(database.db, root);

  expect(await relatedSlugs('talks-resume')).toEqual([['board-view', true], ['talks-stall', false]]);
  expect(await relatedSlugs('talks-stall')).toEqual([['talks-resume', false], ['board-view', false]]);
});

test('importing unchanged content again leaves the related stories as they were', async () => {
  const before = await database.db.relatedArticle.findMany({ orderBy: [{ articleId: 'asc' }, { relatedArticleId: 'asc' }] });

  await importContent(database.db, root);

  expect(await database.db.relatedArticle.findMany({ orderBy: [{ articleId: 'asc' }, { relatedArticleId: 'asc' }] })).toEqual(before);
});
