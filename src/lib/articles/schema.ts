import { z } from 'zod';
import { ArticleKind, FrontPagePlacement } from '@/generated/prisma/enums';
import { idSchema, optionalIdSchema, versionSchema } from '@/lib/directory/fields';
import { reservedArticleSlugs } from '@/lib/urls';
import { FRONT_PAGE_RANK_MAX } from './placement';

// What the article editor sends. The editor posts plain objects (it keeps bylines, photos and
// pins as lists), so these schemas read arrays directly; every message is one a person can act on.

const optionalText = (max: number) =>
  z.string().trim().max(max, `Use at most ${max} characters.`).nullish().transform((value) => value || null);

const optionalUrl = (protocols: RegExp, message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value),
    z.url({ protocol: protocols, error: message }).max(500).nullish().transform((value) => value ?? null),
  );

const unique = <T>(values: T[]) => new Set(values).size === values.length;

export const articleSlugSchema = z
  .string()
  .trim()
  .min(1, 'Enter the address (slug).')
  .max(120, 'Use at most 120 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens.')
  .refine((slug) => !reservedArticleSlugs.has(slug), 'This word is reserved for the site itself.');

const rankMessage = `Enter a whole number from 0 to ${FRONT_PAGE_RANK_MAX}.`;
const frontPageRankSchema = z.number({ error: rankMessage }).int(rankMessage).min(0, rankMessage).max(FRONT_PAGE_RANK_MAX, rankMessage);

export const headlineSchema = z.string().trim().min(1, 'Enter a headline.').max(300, 'Use at most 300 characters.');

const bylineSchema = z.object({ authorId: idSchema, role: optionalText(120) });
const galleryPhotoSchema = z.object({ mediaId: idSchema, caption: optionalText(1000) });

export const articleFieldsSchema = z.object({
  headline: headlineSchema,
  subheadlines: z
    .array(z.string().trim().max(300, 'Use at most 300 characters.'))
    .max(5, 'Use at most five sub-headlines.')
    .transform((lines) => lines.filter(Boolean)),
  summary: z.string().trim().max(600, 'Use at most 600 characters.'),
  bodyMarkdown: z.string().max(200_000, 'The body is longer than 200,000 characters.'),
  kind: z.enum(ArticleKind, 'Choose a kind of story.'),
  sectionId: z.coerce.number({ error: 'Choose a section.' }).int().positive('Choose a section.'),
  topicIds: z.array(idSchema).max(10, 'Use at most ten topics.').refine(unique, 'A topic is listed twice.'),
  tags: z
    .array(z.string().trim().min(1).max(80, 'A tag has at most 80 characters.'))
    .max(20, 'Use at most 20 tags.'),
  authors: z
    .array(bylineSchema)
    .min(1, 'Add at least one byline.')
    .max(10, 'Use at most ten bylines.')
    .refine((rows) => unique(rows.map((r) => r.authorId)), 'An author is on the byline twice.'),
  leadImageId: optionalIdSchema,
  gallery: z
    .array(galleryPhotoSchema)
    .max(60, 'Use at most 60 gallery photos.')
    .refine((rows) => unique(rows.map((r) => r.mediaId)), 'A photo is in the gallery twice.'),
  relatedPins: z.array(idSchema).max(10, 'Pin at most ten stories.').refine(unique, 'A story is pinned twice.'),
  originalUrl: optionalUrl(/^https?$/, 'Enter the original article’s full address (https://…).'),
  videoUrl: optionalUrl(/^https$/, 'Enter a video address starting with https://.'),
  seoTitle: optionalText(120),
  seoDescription: optionalText(300),
  slug: articleSlugSchema,
  /** Only editors set these; a save by anyone else keeps what the story has (see saveArticleAction). */
  frontPagePlacement: z.enum(FrontPagePlacement, 'Choose where the story goes on the front page.'),
  frontPageRank: frontPageRankSchema,
});

export const saveArticleSchema = articleFieldsSchema.extend({
  id: idSchema,
  version: versionSchema,
  /** Autosaves of the same person within a few minutes share one revision. */
  autosave: z.boolean().default(false),
});

export const createArticleSchema = z.object({
  headline: headlineSchema,
  sectionId: z.coerce.number({ error: 'Choose a section.' }).int().positive('Choose a section.'),
  kind: z.enum(ArticleKind, 'Choose a kind of story.').default('NEWS'),
});

export const articleRefSchema = z.object({ id: idSchema, version: versionSchema });

export const scheduleArticleSchema = articleRefSchema.extend({
  scheduledAt: z.coerce.date({ error: 'Enter a date and time.' }),
});

export const correctionSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'Write the correction.').max(2000, 'Use at most 2,000 characters.'),
});

export const restoreRevisionSchema = articleRefSchema.extend({ revisionId: idSchema });

export const previewMarkdownSchema = z.object({ bodyMarkdown: articleFieldsSchema.shape.bodyMarkdown });

export type ArticleFields = z.output<typeof articleFieldsSchema>;
export type SaveArticleInput = z.output<typeof saveArticleSchema>;
export type CreateArticleInput = z.output<typeof createArticleSchema>;

const listStatuses = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;
const optionalFilterId = z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().optional()).catch(undefined);

/** The article list's query string; anything unreadable falls back to the default rather than failing. */
export const articleListQuerySchema = z.object({
  status: z.enum(listStatuses).optional().catch(undefined),
  section: optionalFilterId,
  author: optionalFilterId,
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(['updated', 'published', 'scheduled', 'headline']).default('updated').catch('updated'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type ArticleListQuery = z.output<typeof articleListQuerySchema>;
