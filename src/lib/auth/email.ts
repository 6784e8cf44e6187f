import { z } from 'zod';

/** An account's email, as stored: trimmed and lowercased, so sign-in is case-insensitive. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter an email address.').max(254));
