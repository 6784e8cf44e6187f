import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { demoUsers } from '../../src/lib/auth/demo-users';
import { distDir } from './app';
import { NewsroomSession } from './newsroom-session';
import { sleep } from './proc';

// How long after an editor publishes a story readers see it: the demo editor signs in on one
// origin and publishes a draft with the newsroom's own publish action; another origin (the same
// app, a second instance, or the proxy) is polled until its front page links the story. The
// drafts are put back afterwards, so the corpus stays the same from run to run. Without the
// article workflow, the demo admin renames a section instead (every page's navigation shows it).

export type Visibility = { mechanism: string; samplesMs: number[]; maxMs: number };

const account = (role: 'EDITOR' | 'ADMIN') => demoUsers.find((user) => user.role === role)!;

async function signIn(origin: string, role: 'EDITOR' | 'ADMIN') {
  const session = new NewsroomSession(origin);
  await session.logIn(account(role).email, account(role).password);
  return session;
}

async function actionId(exportedName: string): Promise<string | null> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8').catch(() => '{}')) as {
    node?: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node ?? {}).find(([, action]) => action.exportedName === exportedName && action.filename === 'src/lib/articles/actions.ts');
  return found?.[0] ?? null;
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const drafts = (databaseUrl: string, count: number) => withClient(databaseUrl, async (client) =>
  (await client.query<{ id: number; slug: string; version: number }>(`SELECT id, slug, version FROM "Article" WHERE status = 'DRAFT' ORDER BY id DESC LIMIT $1`, [count])).rows);

const returnToDraft = (databaseUrl: string, ids: number[]) => withClient(databaseUrl, async (client) => {
  await client.query(`UPDATE "Article" SET status = 'DRAFT', "publishedAt" = NULL WHERE id = ANY($1)`, [ids]);
  for (const table of ['ArticleAuthor', 'ArticleTopic', 'ArticleTag']) await client.query(`UPDATE "${table}" SET "listedAt" = NULL WHERE "articleId" = ANY($1)`, [ids]);
});

async function waitUntilVisible(origin: string, text: string, timeoutMs = 15_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const html = await fetch(`${origin}/`).then((r) => r.text(), () => '');
    if (html.includes(text)) return Math.round(performance.now() - started);
    await sleep(25);
  }
  return Infinity;
}

/** A random phase against the proxy's one-second cache, so the samples cover its whole range. */
const randomPause = () => sleep(300 + Math.random() * 1000);

async function renameSection(writerOrigin: string, readerOrigin: string, databaseUrl: string, rounds: number): Promise<Visibility> {
  const section = await withClient(databaseUrl, async (client) => (await client.query<{ id: number; name: string }>(`SELECT id, name FROM "Section" ORDER BY position LIMIT 1`)).rows[0]!);
  const session = await signIn(writerOrigin, 'ADMIN');
  const sectionPath = `/admin/sections/${section.id}`;
  const save = async (name: string) => {
    const response = await session.submit(sectionPath, { name });
    if (response.status !== 303) throw new Error(`Saving ${sectionPath} answered HTTP ${response.status}, not a redirect`);
  };
  const samplesMs: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      await randomPause();
      const name = `${section.name} (${Date.now().toString(36)})`;
      await save(name);
      samplesMs.push(await waitUntilVisible(readerOrigin, name));
    }
  } finally {
    await save(section.name);
  }
  return { mechanism: `section renamed at ${sectionPath}; no publish action in the build`, samplesMs, maxMs: Math.max(...samplesMs) };
}

/** Publishes `rounds` drafts through `writerOrigin` and times how long `readerOrigin`'s front page takes to link each. */
export async function publishVisibility(writerOrigin: string, readerOrigin: string, databaseUrl: string, rounds = 3): Promise<Visibility> {
  const publishAction = await actionId('publishArticleAction');
  if (!publishAction) return renameSection(writerOrigin, readerOrigin, databaseUrl, rounds);
  const stories = await drafts(databaseUrl, rounds);
  if (stories.length < rounds) throw new Error(`The corpus has ${stories.length} drafts; publishing needs ${rounds}`);
  const session = await signIn(writerOrigin, 'EDITOR');
  const samplesMs: number[] = [];
  try {
    for (const story of stories) {
      await randomPause();
      const result = await session.callAction(`/admin/articles/${story.id}`, publishAction, [null, { id: story.id, version: story.version }]);
      if (!result.includes('"ok":true')) throw new Error(`Publishing story ${story.id} failed: ${result.slice(0, 300)}`);
      samplesMs.push(await waitUntilVisible(readerOrigin, story.slug));
    }
  } finally {
    await returnToDraft(databaseUrl, stories.map((s) => s.id));
  }
  return { mechanism: 'publishArticleAction on a draft', samplesMs, maxMs: Math.max(...samplesMs) };
}
