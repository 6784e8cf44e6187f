import slugify from '@sindresorhus/slugify';

/** A URL slug from a headline or tag name: ASCII, lower-case, hyphenated, at most 80 characters. */
export function toSlug(text: string, fallback = 'item'): string {
  const slug = slugify(text, { decamelize: false }).slice(0, 80).replace(/-+$/, '');
  return slug || fallback;
}
