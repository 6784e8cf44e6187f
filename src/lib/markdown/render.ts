import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import type { Transformer } from 'unified';
import { directiveHandlers } from './directives';
import type { ResolveImage } from './images';
import { markdownParser } from './parse';
import { articleSchema } from './schema';

export type { ResolvedImage } from './images';

export type RenderOptions = { resolveImage?: ResolveImage };

const externalHref = /^(?:https?:)?\/\//i;

function visitElements(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    visitElements(child, visit);
  }
}

function rehypeExternalLinks(): Transformer<Root> {
  return (tree) => {
    visitElements(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName === 'a' && typeof href === 'string' && externalHref.test(href)) {
        element.properties.rel = ['noopener', 'noreferrer'];
      }
    });
  };
}

function isBlank(element: Element): boolean {
  return element.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/** A paragraph that held only a dropped image would otherwise stay behind as an empty `<p>`. */
function rehypeDropEmptyParagraphs(): Transformer<Root> {
  const prune = (node: Root | Element) => {
    node.children = node.children.filter(
      (child) => !(child.type === 'element' && child.tagName === 'p' && isBlank(child)),
    );
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  return (tree) => prune(tree);
}

/**
 * Article Markdown to the HTML stored beside it, and the editor's preview. Raw HTML in the source
 * is dropped by remark-rehype (no `allowDangerousHtml`); rehype-sanitize runs last so that nothing
 * added by an earlier step escapes the schema.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const processor = markdownParser()
    .use(remarkRehype, { handlers: directiveHandlers(options.resolveImage) })
    .use(rehypeExternalLinks)
    .use(rehypeDropEmptyParagraphs)
    .use(rehypeSanitize, articleSchema)
    .use(rehypeStringify);
  return String(processor.processSync(markdown)).trim();
}
