import { z } from 'zod';
import { emailSchema } from '@/lib/auth/email';

// Field schemas the directory's forms share. Form posts carry strings: these turn them into
// the types the database wants, and give each failure a message a person can act on.

export const slugSchema = z
  .string()
  .trim()
  .min(1, 'Enter a slug.')
  .max(80, 'Use at most 80 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens (e.g. north-korea).');

export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

export const textSchema = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).default('');

/** An HTML checkbox: present ("on") when ticked, absent when not. */
export const checkboxSchema = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const idSchema = z.coerce.number().int().positive();

/** A <select> of records with an empty "none" option. */
export const optionalIdSchema = z.preprocess(
  (value) => (value === '' || value === undefined || value === null ? null : value),
  z.coerce.number().int().positive().nullable(),
);

export const positionSchema = z.preprocess(
  (value) => (value === '' || value === undefined ? 0 : value),
  z.coerce.number({ error: 'Enter a whole number.' }).int('Enter a whole number.').min(0).max(10_000),
);

/** The version the edit form was opened at, for optimistic locking. */
export const versionSchema = z.coerce.number().int().positive();

/** An email field that may be left empty. */
export const optionalEmailSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value ?? null),
  emailSchema.nullable(),
);
