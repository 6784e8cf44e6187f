import { diffArrays } from 'diff';
import { fieldLabels, sameValue, type FieldName } from './compare';
import type { ArticleFields } from './schema';

// Merging two people's edits of the same version (base): for the conflict panel in the editor.

type Hunk = { from: number; to: number; lines: string[] };

/** The edits that turn `base` into `other`, as replaced ranges of base lines. */
function hunks(base: string[], other: string[]): Hunk[] {
  const found: Hunk[] = [];
  let index = 0;
  let current: Hunk | null = null;
  for (const part of diffArrays(base, other)) {
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      if (current) found.push(current);
      current = null;
      index += count;
      continue;
    }
    current ??= { from: index, to: index, lines: [] };
    if (part.removed) current.to = index += count;
    else current.lines.push(...part.value);
  }
  if (current) found.push(current);
  return found;
}

const touches = (a: Hunk, b: Hunk) => (a.from < b.to && b.from < a.to) || (a.from === b.from && (a.from === a.to || b.from === b.to));
const sameHunk = (a: Hunk, b: Hunk) => a.from === b.from && a.to === b.to && a.lines.join('\n') === b.lines.join('\n');

/**
 * A line-by-line three-way merge: both sides' changes applied to the base, or null when they
 * change the same lines differently (people then choose).
 */
export function mergeLines(base: string, mine: string, theirs: string): string | null {
  const lines = base.split('\n');
  const ours = hunks(lines, mine.split('\n'));
  const others = hunks(lines, theirs.split('\n')).filter((hunk) => !ours.some((own) => sameHunk(own, hunk)));
  if (ours.some((own) => others.some((other) => touches(own, other)))) return null;
  const all = [...ours, ...others].sort((a, b) => a.from - b.from);
  const merged: string[] = [];
  let index = 0;
  for (const hunk of all) {
    merged.push(...lines.slice(index, hunk.from), ...hunk.lines);
    index = hunk.to;
  }
  merged.push(...lines.slice(index));
  return merged.join('\n');
}

/**
 * For each field, the side that changed it wins; where both changed it, mine (and the field is
 * named in `bothChanged`). The body merges line by line, or is null when that cannot be done.
 */
export function mergeVersions(base: ArticleFields, mine: ArticleFields, theirs: ArticleFields) {
  const fields = { ...theirs } as Record<FieldName, unknown>;
  const bothChanged: FieldName[] = [];
  for (const field of Object.keys(fieldLabels) as FieldName[]) {
    if (field === 'bodyMarkdown' || sameValue(field, base, mine)) continue;
    if (!sameValue(field, base, theirs) && !sameValue(field, mine, theirs)) bothChanged.push(field);
    fields[field] = mine[field];
  }
  return { fields: fields as ArticleFields, body: mergeLines(base.bodyMarkdown, mine.bodyMarkdown, theirs.bodyMarkdown), bothChanged };
}
