import type { Nodes } from 'mdast';
import { markdownParser } from './parse';

/** Nodes whose words are not the story's: footnotes, code, images, figures and videos, link definitions. */
const skipped = new Set<Nodes['type']>([
  'footnoteDefinition',
  'footnoteReference',
  'definition',
  'html',
  'code',
  'image',
  'imageReference',
  'leafDirective',
]);

const phrasing = new Set<Nodes['type']>(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode']);

function collect(node: Nodes, out: string[]): void {
  if (skipped.has(node.type) || (node.type === 'paragraph' && node.data?.directiveLabel)) return;
  if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
  if ('children' in node) {
    for (const child of node.children) collect(child, out);
  }
  // Blocks and line breaks are word boundaries; inline markup is not ("**Seoul**'s").
  if (!phrasing.has(node.type)) out.push(' ');
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(maxLength - 1, 0));
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The body as plain words for summaries and meta descriptions: no markup, no directive syntax
 * (pull quotes keep their text), no footnotes, whitespace collapsed, and when longer than
 * `maxLength` cut at a word boundary with "…" (the result never exceeds `maxLength`).
 */
export function markdownToPlainText(markdown: string, maxLength?: number): string {
  const processor = markdownParser();
  const tree = processor.runSync(processor.parse(markdown), markdown);
  const out: string[] = [];
  collect(tree, out);
  const text = out.join('').replace(/\s+/g, ' ').trim();
  return maxLength === undefined ? text : truncate(text, maxLength);
}
