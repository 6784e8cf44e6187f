import { z } from 'zod';
import { FRONT_PAGE_RANK_MAX } from '@/lib/articles/placement';
import { reservedArticleSlugs, reservedSectionSlugs } from '@/lib/urls';

// The front matter of content/ files. The importer reports the first failure as
// "<file>: <field>: <reason>" and imports nothing.

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const kstTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 time with an offset, e.g. 2019-07-24T15:50:00+09:00')
  .transform((value) => new Date(value));

const imageFile = z.string().regex(/^[\w.-]+\.(?:jpe?g|png|webp|avif)$/i, 'must be a file name in content/images/');

export const photoSchema = z.object({
  file: imageFile,
  alt: z.string().min(1, 'every photo needs alt text'),
  caption: z.string().default(''),
  credit: z.string().default(''),
});

export const sectionFileSchema = z.array(
  z.object({
    slug: slugSchema.refine((s) => !reservedSectionSlugs.has(s), 'is reserved for the site itself'),
    name: z.string().min(1),
    description: z.string().default(''),
    position: z.number().int().default(0),
    parent: slugSchema.optional(),
  }),
);

export const topicFileSchema = z.array(
  z.object({
    slug: slugSchema,
    name: z.string().min(1),
    description: z.string().default(''),
    featured: z.boolean().default(false),
    position: z.number().int().default(0),
  }),
);

export const authorFrontMatterSchema = z.object({
  name: z.string().min(1),
  jobTitle: z.string().default(''),
  email: z.email().optional(),
  columnist: z.boolean().default(false),
  photo: imageFile.optional(),
});

export const articleKinds = ['news', 'analysis', 'interview', 'feature', 'column', 'editorial'] as const;
export const articleStatuses = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;

export const articleFrontMatterSchema = z.object({
  headline: z.string().min(1).max(300),
  subheadlines: z.array(z.string().min(1)).max(5).default([]),
  summary: z.string().max(600).default(''),
  kind: z.enum(articleKinds).default('news'),
  status: z.enum(articleStatuses).default('published'),
  section: slugSchema,
  topics: z.array(slugSchema).default([]),
  tags: z.array(z.string().min(1).max(80)).default([]),
  authors: z.array(z.object({ slug: slugSchema, role: z.string().min(1).optional() })).min(1, 'needs at least one byline'),
  publishedAt: kstTimestamp,
  modifiedAt: kstTimestamp.optional(),
  leadImage: photoSchema.optional(),
  gallery: z.array(photoSchema).default([]),
  video: z.url({ protocol: /^https$/ }).optional(),
  original: z.object({ url: z.url({ protocol: /^https?$/ }), language: z.string().min(2).max(8).default('ko') }).optional(),
  frontPage: z.enum(['lead', 'top']).optional(),
  frontPageRank: z.number().int().min(0).max(FRONT_PAGE_RANK_MAX).default(0),
  related: z.array(slugSchema).default([]),
  corrections: z.array(z.object({ date: kstTimestamp, text: z.string().min(1) })).default([]),
  seo: z.object({ title: z.string().max(120).optional(), description: z.string().max(300).optional() }).optional(),
});

export const articleSlugSchema = slugSchema.refine((s) => !reservedArticleSlugs.has(s), 'is reserved for the site itself');

export type SectionEntry = z.infer<typeof sectionFileSchema>[number];
export type TopicEntry = z.infer<typeof topicFileSchema>[number];
export type AuthorFrontMatter = z.infer<typeof authorFrontMatterSchema>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type PhotoEntry = z.infer<typeof photoSchema>;
