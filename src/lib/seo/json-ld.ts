import type { Graph, Thing, WithContext } from 'schema-dts';

// Structured data goes into an inline <script>, where the HTML parser, not JSON, decides where
// the script ends: "</script>" or "<!--" inside a headline would break out of it. Escaping these
// characters as JSON unicode escapes keeps the JSON identical for any consumer that parses it.

export type JsonLdDocument = Graph | WithContext<Thing>;

const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function serializeJsonLd(data: JsonLdDocument): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => unsafe[char] ?? char);
}

/** Several nodes of one page as a single document, so they can refer to each other by @id. */
export function jsonLdGraph(...nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}
