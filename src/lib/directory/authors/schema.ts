import { z } from 'zod';
import { checkboxSchema, idSchema, nameSchema, optionalEmailSchema, slugSchema, textSchema, versionSchema } from '../fields';

// A byline: the person readers see on a story. The photo is chosen in the media library (later),
// so the form leaves `photoId` as it is.

export const authorFieldsSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  jobTitle: textSchema(120),
  email: optionalEmailSchema,
  bio: textSchema(4000),
  isColumnist: checkboxSchema,
});

export const createAuthorSchema = authorFieldsSchema;
export const updateAuthorSchema = authorFieldsSchema.extend({ id: idSchema, version: versionSchema });

export type AuthorFields = z.output<typeof authorFieldsSchema>;
export type UpdateAuthorInput = z.output<typeof updateAuthorSchema>;
