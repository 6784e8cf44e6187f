import type { Heading, Parent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Transformer } from 'unified';

type Directive = Extract<RootContent, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>;

/** The directives a body may use; `renderMarkdown` gives each its own markup. */
const knownDirectives = new Set(['containerDirective:pullquote', 'leafDirective:figure', 'leafDirective:video']);

function isDirective(node: RootContent): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

function isKnown(node: Directive): boolean {
  return knownDirectives.has(`${node.type}:${node.name}`);
}

function clampHeading(node: Heading): void {
  node.depth = Math.min(Math.max(node.depth, 2), 4) as Heading['depth'];
}

/**
 * An unknown directive keeps the author's words and loses its syntax: a label is kept as text (as
 * a paragraph for a leaf), a container is unwrapped, label and all. A text directive without a
 * label becomes `:name` again, because ordinary prose such as "Re:Zero" parses as one.
 */
function replaceUnknown(node: Directive): RootContent[] {
  if (node.type === 'textDirective') {
    return node.children.length > 0 ? node.children : [{ type: 'text', value: `:${node.name}` }];
  }
  if (node.type === 'leafDirective') {
    return node.children.length > 0 ? [{ type: 'paragraph', children: node.children }] : [];
  }
  for (const child of node.children) {
    if (child.type === 'paragraph' && child.data?.directiveLabel) child.data.directiveLabel = false;
  }
  return node.children;
}

function normalise(children: RootContent[]): RootContent[] {
  return children.flatMap((child) => {
    if (isDirective(child) && !isKnown(child)) return normalise(replaceUnknown(child));
    if (child.type === 'heading') clampHeading(child);
    if ('children' in child) (child as Parent).children = normalise(child.children);
    return [child];
  });
}

/** Headings h2-h4 only (the page owns the h1) and only the directives we know. */
function remarkNewsroomBody(): Transformer<Root> {
  return (tree) => {
    tree.children = normalise(tree.children);
  };
}

/** Markdown as the newsroom writes it: CommonMark, GFM and our directives, normalised. */
export function markdownParser() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkNewsroomBody);
}
