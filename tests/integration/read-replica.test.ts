import pg from 'pg';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { postgresBinDir, startReplicaPair, type ReplicaPair } from '../helpers/replica-pair';
import { createArticle, createAuthor, createSection, createTopic } from '../helpers/reader-fixture';

// DATABASE_REPLICA_URL on a real streaming standby: reader queries run there, the newsroom's and
// every write on the primary, and a change is refreshed on public pages only once the standby
// has replayed it. Pausing the standby's replay makes the lag as long as the test needs.

vi.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

const binDir = postgresBinDir();
let pair: ReplicaPair;
let primary: PrismaClient;
let standby: pg.Client;

beforeAll(async () => {
  if (!binDir) return;
  pair = await startReplicaPair(binDir);
  process.env.DATABASE_URL = pair.primaryUrl;
  process.env.DATABASE_REPLICA_URL = pair.replicaUrl;
  primary = new PrismaClient({ adapter: new PrismaPg({ connectionString: pair.primaryUrl, max: 2 }) });
  standby = new pg.Client({ connectionString: pair.replicaUrl });
  await standby.connect();
});

afterAll(async () => {
  if (!binDir) return;
  const { disconnectDb } = await import('@/lib/db/client');
  await Promise.all([disconnectDb(), primary?.$disconnect(), standby?.end()]);
  await pair?.stop();
  delete process.env.DATABASE_REPLICA_URL;
});

const pauseReplay = () => standby.query('SELECT pg_wal_replay_pause()');
const resumeReplay = () => standby.query('SELECT pg_wal_replay_resume()');

// Without the Postgres server binaries (a machine that only reaches a remote server) there is no
// standby to start; CI installs them with the server.
const withStandby = test.skipIf(!binDir);

withStandby('reader queries run on the standby, everything else on the primary', async () => {
  const { db, readDb } = await import('@/lib/db/client');
  const inRecovery = async (client: typeof db) => (await client.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0]!.standby;
  expect(await inRecovery(readDb)).toBe(true);
  expect(await inRecovery(db)).toBe(false);
});

withStandby('a change reaches reader pages once the standby has replayed it, and replicasCaughtUp waits for that', async () => {
  const { replicasCaughtUp } = await import('@/lib/db/client');
  const { getSection, getSectionPage } = await import('@/lib/sections/queries');
  const { getSectionForEdit } = await import('@/lib/directory/sections/queries');
  const section = await createSection(primary);
  expect(await replicasCaughtUp()).toBe(true);
  const before = (await getSection(section.slug))!;
  expect(before.name).toBe(section.name);

  await pauseReplay();
  try {
    await primary.section.update({ where: { id: section.id }, data: { name: 'Renamed on the primary' } });
    const author = await createAuthor(primary);
    await createArticle(primary, { sectionId: section.id, authorIds: [author.id] });

    expect((await getSection(section.slug))!.name).toBe(section.name);
    expect((await getSectionPage(before, 1))?.stories ?? []).toHaveLength(0);
    expect((await getSectionForEdit(section.id))!.name).toBe('Renamed on the primary');
    expect(await replicasCaughtUp(300)).toBe(false);
  } finally {
    await resumeReplay();
  }

  expect(await replicasCaughtUp()).toBe(true);
  const after = (await getSection(section.slug))!;
  expect(after.name).toBe('Renamed on the primary');
  expect((await getSectionPage(after, 1))!.stories).toHaveLength(1);
});

withStandby('a published story\u2019s pages are expired only after the standby has it', async () => {
  const { revalidateArticle, footprintSelect, toFootprint } = await import('@/lib/articles/revalidate');
  const section = await createSection(primary);
  const author = await createAuthor(primary);
  const draft = await createArticle(primary, { sectionId: section.id, authorIds: [author.id], status: 'DRAFT' });
  const footprintOf = async () => toFootprint(await primary.article.findUniqueOrThrow({ where: { id: draft.id }, select: footprintSelect }));
  const before = await footprintOf();
  const expired: string[] = [];

  await pauseReplay();
  let refreshed: Promise<void>;
  try {
    await primary.article.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    refreshed = revalidateArticle(before, await footprintOf(), (tag) => expired.push(tag));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(expired).toEqual([]);
  } finally {
    await resumeReplay();
  }
  await refreshed;
  expect(expired).toContain('articles');
  const { getPublishedArticle } = await import('@/lib/articles/queries');
  expect((await getPublishedArticle(draft.slug))?.headline).toBe(draft.headline);
});

withStandby('related stories computed on a first render are read back from the primary, where they were written', async () => {
  const { getRelatedArticles } = await import('@/lib/articles/queries');
  const [section, otherSection, topic] = await Promise.all([createSection(primary), createSection(primary), createTopic(primary)]);
  const story = await createArticle(primary, { sectionId: section.id, topicIds: [topic.id] });
  const sameTopic = await createArticle(primary, { sectionId: otherSection.id, topicIds: [topic.id], publishedAt: new Date(Date.now() - 60_000) });
  const { replicasCaughtUp } = await import('@/lib/db/client');
  expect(await replicasCaughtUp()).toBe(true);

  await pauseReplay();
  try {
    // The standby has both stories but no related rows; the section has no other story to fill in.
    expect((await getRelatedArticles(story.id, section.slug)).map((card) => card.id)).toEqual([sameTopic.id]);
  } finally {
    await resumeReplay();
  }
});
