import { z } from 'zod';
import { reservedSectionSlugs } from '@/lib/urls';
import { idSchema, nameSchema, optionalIdSchema, positionSchema, slugSchema, textSchema, versionSchema } from '../fields';

// A section is the first segment of an article's URL (/politics/...), so its slug may not be one
// the site uses for its own pages.

export const sectionSlugSchema = slugSchema.refine(
  (slug) => !reservedSectionSlugs.has(slug),
  'This slug is reserved for one of the site’s own pages.',
);

export const sectionFieldsSchema = z.object({
  name: nameSchema,
  slug: sectionSlugSchema,
  description: textSchema(1000),
  parentId: optionalIdSchema,
  position: positionSchema,
});

export const createSectionSchema = sectionFieldsSchema;
export const updateSectionSchema = sectionFieldsSchema.extend({ id: idSchema, version: versionSchema });

export type SectionFields = z.output<typeof sectionFieldsSchema>;
export type UpdateSectionInput = z.output<typeof updateSectionSchema>;
