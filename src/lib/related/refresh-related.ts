import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { db } from '@/lib/db/client';

// Related stories are computed when a story is published, never per request (scoring a whole
// corpus by words takes seconds at 100,000 stories; see README, "Related stories").
//
// Candidates, each list read from an index and bounded: for every topic and tag of the story,
// the published stories of that topic or tag nearest to it in time (before and after), and the
// nearest stories of its own section. Each candidate is scored
//
//   (3 x shared topics + 2 x shared tags + 1 if same section + 4 x word similarity)
//     / (1 + days between the two stories / 180)
//
// where word similarity is Postgres's ts_rank of the candidate's searchVector against the
// words of this story's headline, sub-headlines and summary (plainto_tsquery joins them with AND;
// any shared word should count, so the ANDs become ORs). The time factor halves a score
// at six months apart: for a new story that weights recent ones; for an old one, its own era.
// The top eight, never the story itself, never an unpublished one, never one an editor pinned,
// replace the story's computed rows; pinned rows are left as they are.

const relatedLimit = 8;
// Candidates read on each side of the story's publication time: per topic, per tag, in its section.
const perTopic = 50;
const perTag = 25;
const perSection = 50;

type Client = PrismaClient | Prisma.TransactionClient;

/** Recomputes one story's related stories (its non-pinned RelatedArticle rows) in one statement. */
export async function refreshRelatedArticles(articleId: number, client: Client = db): Promise<void> {
  await client.$executeRaw(Prisma.sql`
    WITH source AS (
      SELECT a.id, a."sectionId", coalesce(a."publishedAt", now() AT TIME ZONE 'UTC') AS at,
        ARRAY(SELECT "topicId" FROM "ArticleTopic" WHERE "articleId" = a.id) AS topic_ids,
        ARRAY(SELECT "tagId" FROM "ArticleTag" WHERE "articleId" = a.id) AS tag_ids,
        replace(plainto_tsquery('english', concat_ws(' ', a.headline, array_to_string(a.subheadlines, ' '), a.summary))::text, ' & ', ' | ')::tsquery AS words
      FROM "Article" a WHERE a.id = ${articleId}
    ),
    pins AS (
      SELECT "relatedArticleId" AS id FROM "RelatedArticle" WHERE "articleId" = ${articleId} AND pinned
    ),
    candidates AS (
      SELECT c.id FROM source s, unnest(s.topic_ids) AS topic(id), LATERAL (
        (SELECT "articleId" AS id FROM "ArticleTopic" WHERE "topicId" = topic.id AND "listedAt" <= s.at ORDER BY "listedAt" DESC LIMIT ${perTopic})
        UNION ALL
        (SELECT "articleId" FROM "ArticleTopic" WHERE "topicId" = topic.id AND "listedAt" > s.at ORDER BY "listedAt" ASC LIMIT ${perTopic})
      ) c
      UNION
      SELECT c.id FROM source s, unnest(s.tag_ids) AS tag(id), LATERAL (
        (SELECT "articleId" AS id FROM "ArticleTag" WHERE "tagId" = tag.id AND "listedAt" <= s.at ORDER BY "listedAt" DESC LIMIT ${perTag})
        UNION ALL
        (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = tag.id AND "listedAt" > s.at ORDER BY "listedAt" ASC LIMIT ${perTag})
      ) c
      UNION
      SELECT c.id FROM source s, LATERAL (
        (SELECT id FROM "Article" WHERE "sectionId" = s."sectionId" AND status = 'PUBLISHED' AND "publishedAt" <= s.at ORDER BY "publishedAt" DESC LIMIT ${perSection})
        UNION ALL
        (SELECT id FROM "Article" WHERE "sectionId" = s."sectionId" AND status = 'PUBLISHED' AND "publishedAt" > s.at ORDER BY "publishedAt" ASC LIMIT ${perSection})
      ) c
    ),
    scored AS (
      SELECT a.id, a."publishedAt",
        (3 * (SELECT count(*) FROM "ArticleTopic" t WHERE t."articleId" = a.id AND t."topicId" = ANY (s.topic_ids))
          + 2 * (SELECT count(*) FROM "ArticleTag" t WHERE t."articleId" = a.id AND t."tagId" = ANY (s.tag_ids))
          + (a."sectionId" = s."sectionId")::int
          + 4 * ts_rank(coalesce(a."searchVector", ''::tsvector), s.words)::float8)
        / (1 + abs(extract(epoch FROM a."publishedAt" - s.at))::float8 / 86400 / 180) AS score
      FROM source s, "Article" a
      WHERE a.id = ANY (ARRAY(SELECT id FROM candidates)) AND a.status = 'PUBLISHED'
        AND a.id <> s.id AND a.id NOT IN (SELECT id FROM pins)
    ),
    ranked AS (
      SELECT id, score, (SELECT count(*) FROM pins) + row_number() OVER (ORDER BY score DESC, "publishedAt" DESC, id DESC) - 1 AS position
      FROM scored ORDER BY score DESC, "publishedAt" DESC, id DESC LIMIT ${relatedLimit}
    ),
    stale AS (
      DELETE FROM "RelatedArticle" r
      WHERE r."articleId" = ${articleId} AND NOT r.pinned AND r."relatedArticleId" NOT IN (SELECT id FROM ranked)
    )
    INSERT INTO "RelatedArticle" ("articleId", "relatedArticleId", pinned, position, score)
    SELECT ${articleId}, id, false, position, score FROM ranked
    ON CONFLICT ("articleId", "relatedArticleId") DO UPDATE SET position = EXCLUDED.position, score = EXCLUDED.score
    WHERE NOT "RelatedArticle".pinned
      AND ("RelatedArticle".position, "RelatedArticle".score) IS DISTINCT FROM (EXCLUDED.position, EXCLUDED.score)`);
}

/** Recomputes every published story's related stories, one statement each (the importer's pass). */
export async function refreshAllRelatedArticles(client: Client = db): Promise<void> {
  const articles = await client.article.findMany({ where: { status: 'PUBLISHED' }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const { id } of articles) await refreshRelatedArticles(id, client);
}
