// ts_headline marks matches with two private-use characters (removed from a story's search text
// when it is stored, by article_search_text in the search_text migration, so only Postgres can
// put them there). The page splits on them and renders each part as text:
// no HTML from the database or the reader's query ever reaches the page unescaped.

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export type SnippetPart = { text: string; match: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, chunk] of snippet.split(MARK_START).entries()) {
    const [matched, rest] = index === 0 ? [null, chunk] : splitOnce(chunk, MARK_END);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest.replaceAll(MARK_END, ''), match: false });
  }
  return parts;
}

function splitOnce(chunk: string, separator: string): [string, string] {
  const at = chunk.indexOf(separator);
  return at === -1 ? [chunk, ''] : [chunk.slice(0, at), chunk.slice(at + separator.length)];
}
