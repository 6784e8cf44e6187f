import type pg from 'pg';
import type { CorpusPhoto } from './corpus-media';
import { familyNames, givenNames, tagWords } from './corpus-text';

// The newsroom around the articles: sections (with subsections), hot-issue topics, bylines, tags
// and photos, with fixed ids so the article rows can refer to them arithmetically.

export const sections = [
  { slug: 'politics', name: 'Politics', parent: null },
  { slug: 'north-korea', name: 'North Korea', parent: null },
  { slug: 'defense', name: 'Defense', parent: 'north-korea' },
  { slug: 'economy', name: 'Economy', parent: null },
  { slug: 'society', name: 'Society', parent: null },
  { slug: 'international', name: 'International', parent: null },
  { slug: 'culture', name: 'Culture', parent: null },
  { slug: 'sports', name: 'Sports', parent: null },
  { slug: 'opinion', name: 'Opinion', parent: null },
  { slug: 'editorials', name: 'Editorials', parent: 'opinion' },
  { slug: 'columns', name: 'Columns', parent: 'opinion' },
] as const;

/** A quarter of all stories go to Politics, so its page 500 exists at 100,000 articles. */
export const bigSection = 'politics';

const topicNames = [
  'Inter-Korean relations', 'US-North Korea diplomacy', 'Low birth rate', 'Semiconductors', 'Climate and energy',
  'Korea-Japan relations', 'Housing market', 'Labor reform', 'Martial law aftermath', 'Medical school quota',
  'Pension reform', 'Trade with China', 'K-culture abroad', 'Nuclear power', 'Elections', 'Prosecution reform',
  'Supply chains', 'Tariffs', 'Youth unemployment', 'Aging society', 'Disaster safety', 'Gender equality',
  'Migrant workers', 'Press freedom',
];

export const directorySize = { topics: topicNames.length, authors: 150, tags: 1200 };

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function insertDirectory(client: pg.Client, photos: CorpusPhoto[], now: string) {
  for (const [index, section] of sections.entries()) {
    const parentId = section.parent ? sections.findIndex((s) => s.slug === section.parent) + 1 : null;
    await client.query(
      `INSERT INTO "Section" (id, slug, name, description, "parentId", position, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [index + 1, section.slug, section.name, `${section.name} news from Korea and the region.`, parentId, index + 1, now],
    );
  }
  for (const [index, photo] of photos.entries()) {
    await client.query(
      `INSERT INTO "Media" (id, key, "originalFilename", "mimeType", width, height, bytes, variants, alt, caption, credit, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
      [index + 1, photo.key, `bench-${index + 1}.jpg`, photo.mimeType, photo.width, photo.height, photo.bytes, JSON.stringify(photo.variants), photo.alt, photo.caption, photo.credit, now],
    );
  }
  await client.query(
    `INSERT INTO "Topic" (id, slug, name, description, featured, position, "createdAt", "updatedAt")
     SELECT i, slug, name, name || ': the story so far, from our reporters in Seoul and abroad.', i <= 6, i, $3, $3
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(slug, name, i)`,
    [topicNames.map(slugOf), topicNames, now],
  );
  await client.query(
    `INSERT INTO "Author" (id, slug, name, "jobTitle", email, bio, "isColumnist", "photoId", "createdAt", "updatedAt")
     SELECT i, lower(f) || '-' || lower(g) || '-' || i, f || ' ' || g,
            (ARRAY['Staff writer', 'Senior staff writer', 'Tokyo correspondent', 'Washington correspondent', 'Columnist'])[1 + i % 5],
            'author' || i || '@newsroom.local', f || ' ' || g || ' covers Korea for the English edition.', i % 5 = 4,
            CASE WHEN i % 3 = 0 THEN 1 + i % $3 END, $4, $4
     FROM generate_series(1, $5) AS s(i),
          LATERAL (SELECT ($1::text[])[1 + i % cardinality($1::text[])] AS f, ($2::text[])[1 + (i / 7) % cardinality($2::text[])] AS g) AS n`,
    [familyNames, givenNames, photos.length, now, directorySize.authors],
  );
  await client.query(
    `INSERT INTO "Tag" (id, slug, name)
     SELECT i, lower(regexp_replace(w1 || '-' || w2, '[^A-Za-z0-9]+', '-', 'g')) || '-' || i, w1 || ' ' || w2
     FROM generate_series(1, $2) AS s(i),
          LATERAL (SELECT ($1::text[])[1 + i % cardinality($1::text[])] AS w1, ($1::text[])[1 + (i / 3) % cardinality($1::text[])] AS w2) AS w`,
    [tagWords, directorySize.tags],
  );
}
