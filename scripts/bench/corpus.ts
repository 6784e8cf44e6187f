import pg from 'pg';
import { renderMarkdown } from '../../src/lib/markdown/render';
import { bigSection, directorySize, insertDirectory, sections } from './corpus-directory';
import { makeCorpusPhotos } from './corpus-media';
import { articleBody, headlineObjects, headlineSubjects, headlineVerbs, rareWord, seededRandom, summary } from './corpus-text';

// The synthetic newsroom, loaded with set-based SQL (INSERT … SELECT generate_series): one
// statement per table, whatever the size. A handful of distinct bodies are rendered once and
// shared; join rows carry `listedAt` = publishedAt as the app writes them.

const bodyCount = 12;
const minutesBetweenStories = 13;

export type CorpusTimings = Record<'photos' | 'directory' | 'articles' | 'joins' | 'views' | 'indexes' | 'analyze' | 'total', number>;
export type LoadMode = 'bulk' | 'trigger';

async function timed<T>(timings: Partial<CorpusTimings>, key: keyof CorpusTimings, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  timings[key] = Math.round(performance.now() - started);
  return result;
}

async function insertBodies(client: pg.Client, figureSrc: string | null) {
  await client.query('CREATE TEMP TABLE bench_body (n int PRIMARY KEY, md text, html text, vec tsvector) ON COMMIT DROP');
  for (let n = 0; n < bodyCount; n++) {
    const md = articleBody(1000 + n, n % 3 === 0 ? figureSrc : null);
    await client.query(`INSERT INTO bench_body VALUES ($1, $2, $3, setweight(to_tsvector('english', $2), 'D'))`, [n, md, renderMarkdown(md)]);
  }
}

/** Each summary with each shared body as search text (the migration's `article_search_text`), once per pair. */
async function insertSearchTexts(client: pg.Client, summaries: string[]) {
  await client.query(
    `CREATE TEMP TABLE bench_text ON COMMIT DROP AS
     SELECT s, b.n, article_search_text(($1::text[])[s], b.md) AS text FROM generate_series(1, cardinality($1::text[])) AS s CROSS JOIN bench_body b`,
    [summaries],
  );
}

// With `bulk`, the search triggers are off for the load and the vector and text are computed in the
// same INSERT from each shared body's precomputed vector and text: the values the triggers would store.
function articleInsert(mode: LoadMode) {
  const searchColumns = mode === 'bulk' ? ', "searchVector", "searchText"' : '';
  const searchValues = mode === 'bulk'
    ? `, setweight(to_tsvector('english', h.headline), 'A') || setweight(to_tsvector('english', w.sub), 'B') || setweight(to_tsvector('english', w.summary), 'C') || b.vec, x.text`
    : '';
  const textJoin = mode === 'bulk' ? 'JOIN bench_text x ON x.n = b.n AND x.s = w.summary_index' : '';
  return `
    INSERT INTO "Article" (id, slug, status, kind, headline, subheadlines, summary, "bodyMarkdown", "bodyHtml", "sectionId", "leadImageId",
      "frontPagePlacement", "frontPageRank", "createdAt", "updatedAt", "modifiedAt", "publishedAt"${searchColumns})
    SELECT i, h.slug,
      (CASE WHEN i % 200 = 17 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus",
      (ARRAY['NEWS','NEWS','ANALYSIS','NEWS','INTERVIEW','NEWS','FEATURE','NEWS','COLUMN','NEWS'])[1 + i % 10]::"ArticleKind",
      h.headline, ARRAY[w.sub], w.summary, b.md, b.html,
      CASE WHEN i % 4 = 0 THEN $5 ELSE ($6::int[])[1 + (i * 7) % cardinality($6::int[])] END,
      CASE WHEN i % 10 <> 9 THEN 1 + i % $7 END,
      (CASE WHEN i = $1 THEN 'LEAD' WHEN i > $1 - 7 THEN 'TOP' ELSE 'NONE' END)::"FrontPagePlacement",
      CASE WHEN i > $1 - 7 THEN $1 - i ELSE 0 END,
      t.published, t.published, CASE WHEN i % 10 = 3 THEN t.published + interval '2 hours' END,
      CASE WHEN i % 200 = 17 THEN NULL ELSE t.published END${searchValues}
    FROM generate_series(1, $1) AS g(i)
    CROSS JOIN LATERAL (SELECT $2::timestamp - ($1 - i) * interval '${minutesBetweenStories} minutes' AS published) AS t
    CROSS JOIN LATERAL (SELECT ($8::text[])[1 + i % cardinality($8::text[])] AS subject, ($9::text[])[1 + (i / 3) % cardinality($9::text[])] AS verb,
      ($10::text[])[1 + (i / 7) % cardinality($10::text[])] AS object, ($11::text[])[1 + (i * 11) % cardinality($11::text[])] AS sub,
      1 + (i * 13) % cardinality($12::text[]) AS summary_index, ($12::text[])[1 + (i * 13) % cardinality($12::text[])] AS summary) AS w
    CROSS JOIN LATERAL (SELECT w.subject || ' ' || w.verb || ' ' || w.object || CASE WHEN i % $3 = 3 % $3 THEN ' near the ' || $4 || ' grove' ELSE '' END AS headline) AS hl
    CROSS JOIN LATERAL (SELECT hl.headline, trim(both '-' from lower(regexp_replace(hl.headline, '[^A-Za-z0-9]+', '-', 'g'))) || '-' || i AS slug) AS h
    JOIN bench_body b ON b.n = i % ${bodyCount} ${textJoin}`;
}

const joinInserts = (size: number, photoCount: number): [string, unknown[]][] => [
  [`INSERT INTO "ArticleAuthor" ("articleId", "authorId", position, role, "listedAt")
   SELECT a.id, 1 + ((a.id * 31 + j * 17) % ${directorySize.authors}), j, CASE WHEN j = 0 AND a.id % 9 = 0 THEN 'Tokyo correspondent' END, a."publishedAt"
   FROM "Article" a CROSS JOIN generate_series(0, 2) AS j WHERE j <= a.id % 3`, []],
  [`INSERT INTO "ArticleTopic" ("articleId", "topicId", position, "listedAt")
   SELECT a.id, 1 + ((a.id * 13 + j * 5) % ${directorySize.topics}), j, a."publishedAt"
   FROM "Article" a CROSS JOIN generate_series(0, 1) AS j WHERE (j = 0 AND a.id % 5 < 3) OR (j = 1 AND a.id % 7 = 0)`, []],
  [`INSERT INTO "ArticleTag" ("articleId", "tagId", position, "listedAt")
   SELECT a.id, 1 + ((a.id * 101 + j * 37) % ${directorySize.tags}), j, a."publishedAt"
   FROM "Article" a CROSS JOIN generate_series(0, 4) AS j WHERE j < 3 + a.id % 3`, []],
  [`INSERT INTO "ArticleMedia" ("articleId", "mediaId", position)
   SELECT a.id, 1 + (a.id + j) % $1, j FROM "Article" a CROSS JOIN generate_series(0, 2) AS j WHERE a.id % 10 = 0 AND j < $1`, [photoCount]],
  [`INSERT INTO "RelatedArticle" ("articleId", "relatedArticleId", pinned, position, score)
   SELECT a.id, 1 + ((a.id - 2 - j * 11 + $1 * 2) % $1), j = 0 AND a.id % 25 = 0, j, 1.0 - j * 0.1
   FROM "Article" a CROSS JOIN generate_series(0, 4) AS j`, [size]],
  [`INSERT INTO "Correction" ("articleId", text, "createdAt")
   SELECT a.id, 'An earlier version of this story misstated a figure in the third paragraph.', a."publishedAt" + interval '1 day'
   FROM "Article" a WHERE a.id % 50 = 0 AND a."publishedAt" IS NOT NULL`, []],
];

// Hourly view buckets from publication to three weeks later, decaying, as the counter leaves them.
const viewsInsert = `
  INSERT INTO "ArticleViewBucket" ("articleId", hour, views)
  SELECT a.id, date_trunc('hour', a."publishedAt") + h * interval '1 hour', greatest(1, (3000 / (h + 1)) * (1 + a.id % 7) / 4)
  FROM "Article" a CROSS JOIN unnest(ARRAY[0,1,2,3,4,5,6,8,10,12,16,20,24,36,48,72,120,168,336,504]) AS h
  WHERE a."publishedAt" IS NOT NULL AND date_trunc('hour', a."publishedAt") + h * interval '1 hour' <= $1::timestamp`;

const loadedTables = ['Article', 'ArticleAuthor', 'ArticleTopic', 'ArticleTag', 'ArticleMedia', 'RelatedArticle', 'Correction', 'ArticleViewBucket'];

/**
 * The usual bulk-load recipe: secondary indexes are dropped and rebuilt once at the end, and
 * triggers (foreign-key checks, the search vector) are off for this transaction only. The rows
 * are consistent by construction and the vector is computed in the INSERT.
 */
async function withoutIndexesAndTriggers(client: pg.Client, load: () => Promise<void>, timings: Partial<CorpusTimings>) {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [loadedTables],
  );
  await client.query(`SET LOCAL session_replication_role = replica; SET LOCAL maintenance_work_mem = '256MB'`);
  for (const index of rows) await client.query(`DROP INDEX "${index.name}"`);
  await load();
  await timed(timings, 'indexes', async () => {
    for (const index of rows) await client.query(index.definition);
  });
  await client.query('SET LOCAL session_replication_role = origin');
}

function textPool(seed: number, size: number, make: (random: () => number) => string): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: size }, () => make(random));
}

export async function loadCorpus(url: string, size: number, mediaDir: string, mode: LoadMode = 'bulk'): Promise<CorpusTimings> {
  const timings: Partial<CorpusTimings> = {};
  const started = performance.now();
  const photos = await timed(timings, 'photos', () => makeCorpusPhotos(mediaDir));
  const now = new Date().toISOString().replace('Z', '');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await timed(timings, 'directory', () => insertDirectory(client, photos, now));
    const figure = photos[0]!.variants.find((v) => v.name === 'w960' && v.format === 'jpeg');
    await insertBodies(client, figure ? `/media/${figure.key}` : null);
    const sectionIds = sections.map((_, i) => i + 1);
    const subheadlines = textPool(7, 40, (random) => summary(random).split('. ')[0]!.slice(0, 140));
    const summaries = textPool(11, 40, summary);
    if (mode === 'bulk') await insertSearchTexts(client, summaries);
    const load = async () => {
      await timed(timings, 'articles', () => client.query(articleInsert(mode), [
        size, now, Math.max(1, Math.floor(size / 10)), rareWord, sections.findIndex((s) => s.slug === bigSection) + 1, sectionIds,
        photos.length, headlineSubjects, headlineVerbs, headlineObjects, subheadlines, summaries,
      ]));
      await timed(timings, 'joins', async () => {
        for (const [sql, params] of joinInserts(size, photos.length)) await client.query(sql, params);
      });
      await timed(timings, 'views', () => client.query(viewsInsert, [now]));
    };
    if (mode === 'bulk') await withoutIndexesAndTriggers(client, load, timings);
    else await load();
    for (const table of ['Article', 'Section', 'Topic', 'Author', 'Tag', 'Media', 'Correction']) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM "${table}"), false)`);
    }
    await client.query('COMMIT');
    await timed(timings, 'analyze', () => client.query('VACUUM ANALYZE'));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  timings.total = Math.round(performance.now() - started);
  return timings as CorpusTimings;
}
