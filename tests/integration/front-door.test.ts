import { afterAll, beforeAll, expect, test } from 'vitest';
import { forgetGoneSlugs } from '@/lib/articles/gone';
import { securityHeaders } from '@/server/front-door';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { startFrontDoor, type FrontDoor } from '../helpers/front-door';
import { createArticle, createSection } from '../helpers/reader-fixture';

// The 410 half of the server's front door (the beacon half is in views.test.ts).

let database: TestDatabase;
let frontDoor: FrontDoor;
let section: { id: number; slug: string };

beforeAll(async () => {
  database = await createTestDatabase();
  frontDoor = await startFrontDoor();
  section = await createSection(database.db);
});

afterAll(async () => {
  await frontDoor?.close();
  await database?.drop();
});

const load = (path: string, method: 'GET' | 'HEAD' | 'POST' = 'GET') => fetch(`${frontDoor.url}${path}`, { method });

test('an unpublished story answers 410 Gone at its address and its former ones, with a readable noindex page', async () => {
  const story = await createArticle(database.db, { sectionId: section.id, status: 'UNPUBLISHED' });
  const formerSlug = `former-${uniqueKey()}`;
  await database.db.articleSlugRedirect.create({ data: { slug: formerSlug, articleId: story.id } });
  forgetGoneSlugs();

  for (const path of [`/${section.slug}/${story.slug}`, `/${section.slug}/${formerSlug}`, `/${section.slug}/${story.slug}?utm_source=x`]) {
    const response = await load(path);
    expect(response.status, path).toBe(410);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('This article is no longer available');
  }
  const head = await load(`/${section.slug}/${story.slug}`, 'HEAD');
  expect(head.status).toBe(410);
  expect(await head.text()).toBe('');
});

test('published stories, other paths and other methods pass through to Next.js', async () => {
  const live = await createArticle(database.db, { sectionId: section.id });
  const gone = await createArticle(database.db, { sectionId: section.id, status: 'UNPUBLISHED' });
  forgetGoneSlugs();

  const passed = [
    await load(`/${section.slug}/${live.slug}`),
    await load(`/author/${gone.slug}`),
    await load(`/${section.slug}/${gone.slug}/extra`),
    await load(`/${section.slug}/${gone.slug}`, 'POST'),
  ];

  expect(passed.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  expect(await Promise.all(passed.map((r) => r.text()))).toEqual(['next', 'next', 'next', 'next']);
});

test('every answer carries the security headers: the 410s, the view beacon and what Next.js sends', async () => {
  const gone = await createArticle(database.db, { sectionId: section.id, status: 'UNPUBLISHED' });
  forgetGoneSlugs();
  for (const path of [`/${section.slug}/${gone.slug}`, '/api/views/1', '/anything-else']) {
    const response = await load(path);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
  }
});
