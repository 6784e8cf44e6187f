import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// Stored media (`/media/...`, no `..` segments) or an https URL: the only image sources a body may use.
const imageUrl = String.raw`(?:\/media\/(?![^\s,]*\.\.)[^\s,]+|https:\/\/[^\s,]+)`;
const srcSetCandidate = String.raw`${imageUrl}(?:\s+\d+(?:\.\d+)?[wx])?`;

const imageSrcPattern = new RegExp(`^${imageUrl}$`);
const imageSrcSetPattern = new RegExp(`^${srcSetCandidate}(?:\\s*,\\s*${srcSetCandidate})*$`);

/** Only the embeds `videoEmbedUrl` builds may reach the page. */
const videoEmbedPattern =
  /^https:\/\/(?:www\.youtube-nocookie\.com\/embed\/[\w-]{11}|player\.vimeo\.com\/video\/\d+\?dnt=1)$/;

export function isAllowedImageSrc(src: string): boolean {
  return imageSrcPattern.test(src);
}

/**
 * GitHub's schema, narrowed to what Markdown and our directive handlers produce, plus figures and
 * video iframes. Raw HTML never reaches this step (remark-rehype drops it), so the schema is the
 * second line of defence: it still has to hold if a handler is ever wrong.
 */
export const articleSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => !['h1', 'h5', 'h6'].includes(tag)),
    'figure',
    'figcaption',
    'iframe',
  ],
  strip: ['script', 'style'],
  attributes: {
    ...defaultSchema.attributes,
    // Replaces GitHub's long list of form and layout attributes: a news body needs none of them.
    '*': ['title', 'lang', 'dir'],
    // Footnote ids come from remark-rehype, already prefixed, so sanitize must not prefix them again.
    a: [
      ...(defaultSchema.attributes?.a ?? []),
      ['rel', 'noopener', 'noreferrer'],
      ['id', /^user-content-fnref-/],
      ['ariaDescribedBy', 'footnote-label'],
    ],
    li: [...(defaultSchema.attributes?.li ?? []), ['id', /^user-content-fn-/]],
    h2: [...(defaultSchema.attributes?.h2 ?? []), ['id', 'footnote-label']],
    ol: [...(defaultSchema.attributes?.ol ?? []), 'start'],
    input: [...(defaultSchema.attributes?.input ?? []), 'checked'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    img: [
      'alt',
      ['src', imageSrcPattern],
      ['srcSet', imageSrcSetPattern],
      'sizes',
      'width',
      'height',
      ['loading', 'lazy'],
      ['decoding', 'async'],
    ],
    figure: [['className', 'pullquote', 'photo', 'video']],
    span: [['className', 'credit']],
    iframe: [
      ['src', videoEmbedPattern],
      'title',
      ['loading', 'lazy'],
      ['allow', 'encrypted-media; picture-in-picture'],
      ['allowFullScreen', true],
      ['referrerPolicy', 'strict-origin-when-cross-origin'],
    ],
  },
  clobber: [],
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['https'],
    cite: ['http', 'https'],
  },
};
