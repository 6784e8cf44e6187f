import { XMLParser, XMLValidator } from 'fast-xml-parser';

// Parses feeds and sitemaps as a reader would, after checking they are well-formed XML.
// Elements that may repeat always come back as arrays; text is kept exactly (no number parsing).

const repeating = new Set([
  'rss.channel.item', 'rss.channel.item.category', 'feed.link', 'feed.entry', 'feed.entry.link', 'feed.entry.author',
  'feed.entry.category', 'urlset.url', 'sitemapindex.sitemap',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, path) => repeating.has(String(path)),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML is untyped by nature
export function parseXml(xml: string): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml);
}

/** RFC 822 date as RSS writes it, e.g. "Wed, 24 Jul 2019 06:50:00 GMT". */
export const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** RFC 3339 / W3C datetime with seconds and a zone, as Atom and sitemaps write it. */
export const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
