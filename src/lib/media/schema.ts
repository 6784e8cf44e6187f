import { z } from 'zod';
import { idSchema } from '@/lib/directory/fields';

// What the newsroom writes about a photo. Alt text is required: every photo on the site has it.

export const mediaMetadataSchema = z.object({
  alt: z.string().trim().min(1, 'Describe the photo for readers who cannot see it.').max(300, 'Use at most 300 characters.'),
  caption: z.string().trim().max(1000, 'Use at most 1,000 characters.').default(''),
  credit: z.string().trim().max(200, 'Use at most 200 characters.').default(''),
});

export const updateMediaSchema = mediaMetadataSchema.extend({ id: idSchema });

export const mediaSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type MediaMetadata = z.output<typeof mediaMetadataSchema>;
