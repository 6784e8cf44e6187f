import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importContent } from '@/lib/content/import-content';
import { ContentError } from '@/lib/content/load-content';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { fixtureArticle, writeContentFixture } from '../helpers/content-fixture';

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
});

test('the first import creates sections, topics, authors, tags, photos and articles with rendered bodies', async () => {
  const result = await importContent(database.db, root);
  expect(result.articles).toEqual({ created: 3, updated: 0, unchanged: 0 });
  expect(result.sections.created).toBe(3);
  const article = await database.db.article.findUniqueOrThrow({
    where: { slug: 'talks-resume' },
    include: { authors: true, tags: { include: { tag: true } }, related: true, leadImage: true, revisions: true },
  });
  expect(article.status).toBe('PUBLISHED');
  expect(article.frontPagePlacement).toBe('LEAD');
  expect(article.publishedAt?.toISOString()).toBe('2019-07-24T06:50:00.000Z');
  expect(article.bodyHtml).toContain('<figure class="pullquote">');
  expect(article.bodyHtml).toMatch(/<img[^>]+src="\/media\/[a-f0-9]+\/w\d+\.jpg"/);
  expect(article.authors[0]).toMatchObject({ role: 'Washington correspondent', listedAt: article.publishedAt });
  expect(article.tags.map((t) => t.tag.slug)).toEqual(['denuclearization', 'diplomacy-and-security']);
  expect(article.related.filter((r) => r.pinned)).toHaveLength(1);
  expect(article.leadImage?.credit).toBe('Yonhap News');
  expect(article.revisions.map((r) => r.version)).toEqual([1]);
});

test('importing the same content again changes nothing', async () => {
  const before = await database.db.article.findMany({ orderBy: { id: 'asc' }, select: { id: true, updatedAt: true, version: true } });
  const result = await importContent(database.db, root);
  expect(result.articles).toEqual({ created: 0, updated: 0, unchanged: 3 });
  expect(result.media.created + result.media.updated).toBe(0);
  const after = await database.db.article.findMany({ orderBy: { id: 'asc' }, select: { id: true, updatedAt: true, version: true } });
  expect(after).toEqual(before);
  expect(await database.db.revision.count()).toBe(3);
});

test('an edited file updates only its article and records a new revision', async () => {
  await writeFile(path.join(root, 'articles', '2019', 'talks-stall.md'), fixtureArticle({ headline: '"Talks stall again over sanctions"', publishedAt: '"2019-08-01T09:00:00+09:00"' }));
  const result = await importContent(database.db, root);
  expect(result.articles).toEqual({ created: 0, updated: 1, unchanged: 2 });
  const article = await database.db.article.findUniqueOrThrow({ where: { slug: 'talks-stall' }, include: { revisions: true } });
  expect(article.headline).toBe('Talks stall again over sanctions');
  expect(article.revisions.map((r) => r.version).sort()).toEqual([1, 2]);
});

test('an invalid file stops the import with the file, the field and the reason, and nothing is written', async () => {
  const countBefore = await database.db.article.count();
  await writeFile(path.join(root, 'articles', '2019', 'a-new-story.md'), fixtureArticle({ headline: '"A new story"' }));
  await writeFile(path.join(root, 'articles', '2019', 'broken.md'), fixtureArticle({ kind: 'gossip' }));
  await writeFile(path.join(root, 'articles', '2019', 'misfiled.md'), fixtureArticle({ section: 'sport' }));
  const error = await importContent(database.db, root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  const problems = (error as ContentError).problems;
  expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringContaining('broken.md'), field: 'kind' }));
  expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringContaining('misfiled.md'), field: 'section', reason: 'no section "sport"' }));
  expect(await database.db.article.count()).toBe(countBefore);
  await rm(path.join(root, 'articles', '2019', 'broken.md'));
  await rm(path.join(root, 'articles', '2019', 'misfiled.md'));
  await rm(path.join(root, 'articles', '2019', 'a-new-story.md'));
});

test('a failure inside the transaction rolls back every row of the import', async () => {
  const countBefore = await database.db.article.count();
  await writeFile(path.join(root, 'articles', '2019', 'another-story.md'), fixtureArticle({ headline: '"Another story"' }));
  // A trigger that fails on one slug stands in for any database error mid-import.
  await database.db.$executeRawUnsafe(`CREATE FUNCTION fail_on_slug() RETURNS trigger AS $$ BEGIN IF NEW.slug = 'another-story' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await database.db.$executeRawUnsafe(`CREATE TRIGGER fail_on_slug BEFORE INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION fail_on_slug()`);
  await expect(importContent(database.db, root)).rejects.toThrow();
  expect(await database.db.article.count()).toBe(countBefore);
  await database.db.$executeRawUnsafe(`DROP TRIGGER fail_on_slug ON "Article"`);
  await rm(path.join(root, 'articles', '2019', 'another-story.md'));
});
