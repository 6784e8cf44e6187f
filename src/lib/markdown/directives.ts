import type { Element, ElementContent } from 'hast';
import type { Image, ImageReference, RootContent } from 'mdast';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { imageElement, type ResolveImage } from './images';
import { videoEmbedUrl } from './video';

type Handlers = NonNullable<RemarkRehypeOptions['handlers']>;
type State = Parameters<NonNullable<Handlers['text']>>[0];
type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;
type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>;

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function attribute(node: ContainerDirective | LeafDirective, name: string): string | undefined {
  const value = node.attributes?.[name]?.trim();
  return value ? value : undefined;
}

function pullQuote(state: State, node: ContainerDirective): Element {
  const body = node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
  const cite = attribute(node, 'cite');
  return element('figure', { className: ['pullquote'] }, [
    element('blockquote', {}, state.all({ type: 'root', children: body })),
    ...(cite ? [element('figcaption', {}, [text(cite)])] : []),
  ]);
}

function photo(state: State, node: LeafDirective, resolveImage: ResolveImage | undefined): Element | undefined {
  const img = imageElement(attribute(node, 'src') ?? '', attribute(node, 'alt') ?? '', resolveImage);
  if (!img) return undefined;

  const caption = state.all(node);
  const credit = attribute(node, 'credit');
  if (credit) {
    if (caption.length > 0) caption.push(text(' '));
    caption.push(element('span', { className: ['credit'] }, [text(`(${credit})`)]));
  }
  return element('figure', { className: ['photo'] }, [
    img,
    ...(caption.length > 0 ? [element('figcaption', {}, caption)] : []),
  ]);
}

function video(node: LeafDirective): Element | undefined {
  const src = videoEmbedUrl(attribute(node, 'src') ?? '');
  if (!src) return undefined;
  return element('figure', { className: ['video'] }, [
    element(
      'iframe',
      {
        src,
        title: attribute(node, 'title') ?? 'Video',
        loading: 'lazy',
        allow: 'encrypted-media; picture-in-picture',
        allowFullScreen: true,
        referrerPolicy: 'strict-origin-when-cross-origin',
      },
      [],
    ),
  ]);
}

/**
 * remark-rehype handlers for the directives `markdownParser` lets through, and for Markdown
 * images, which follow the same source rules as figures. Returning nothing drops the node.
 */
export function directiveHandlers(resolveImage: ResolveImage | undefined): Handlers {
  return {
    containerDirective: (state: State, node: ContainerDirective) =>
      node.name === 'pullquote' ? pullQuote(state, node) : undefined,
    leafDirective: (state: State, node: LeafDirective) => {
      if (node.name === 'figure') return photo(state, node, resolveImage);
      if (node.name === 'video') return video(node);
      return undefined;
    },
    image: (_state: State, node: Image) => imageElement(node.url, node.alt ?? '', resolveImage) ?? undefined,
    imageReference: (state: State, node: ImageReference) => {
      const definition = state.definitionById.get(node.identifier.toUpperCase());
      return (definition && imageElement(definition.url, node.alt ?? '', resolveImage)) ?? undefined;
    },
  };
}
