import { z } from 'zod';

// Route parameters of the feed and sitemap files: anything else is a 404, never a query.

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** "politics.xml" (RSS) or "politics.atom" (Atom) under /feeds/<kind>/. */
export const feedFileSchema = z.object({
  kind: z.enum(['section', 'topic', 'author']),
  file: z
    .string()
    .regex(new RegExp(`^${slug}\\.(xml|atom)$`))
    .transform((file) => {
      const dot = file.lastIndexOf('.');
      return { slug: file.slice(0, dot), format: file.slice(dot + 1) === 'atom' ? ('atom' as const) : ('rss' as const) };
    }),
});

/** "2019-07.xml", or "2019-07-2.xml" for the second file of a month too big for one. */
export const articleSitemapFileSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-[1-9]\d{0,3})?\.xml$/)
  .transform((file) => ({ month: file.slice(0, 7), part: file.length > 11 ? Number(file.slice(8, -4)) : 1 }));
