// @ts-check
// Reader pages are server components from top to bottom: links are plain <a>, the search box a
// GET form, the view counter an <img>. Next.js still sends them its App Router client runtime:
// seven script chunks (about 130 KB gzipped) and the page again as an inline RSC payload (about
// twice the visible HTML), which a phone downloads, parses and hydrates to change nothing.
// Next.js 16 has no option to leave it out (vercel/next.js#45009), so it is taken out of the HTML
// of reader pages: when a page is stored in the cache (src/lib/cache/*handler.mjs), and on its
// way to the reader for pages that were not (./client-runtime.ts). Newsroom pages keep it: their
// forms are client components. Plain JavaScript because the cache handlers, which Next.js
// imports untranspiled, use it too.

const openingTag = /<(script|link)\b[^>]*>/gi;
const frameworkAsset = /\b(?:src|href)="\/_next\//;
// The inline payload pushes (self.__next_f), Next's inline script loader (self.__next_s) and
// Turbopack's chunk bootstrap (<script id="_R_">).
const frameworkInline = /^\s*\(?\s*(?:self\.__next_[fs]\b|\(?globalThis\["TURBOPACK"\])/;

/** @param {string} tag */
function isRuntimeLink(tag) {
  return /\brel="(?:preload|modulepreload)"/.test(tag) && /\bas="script"|\brel="modulepreload"/.test(tag) && frameworkAsset.test(tag);
}

/**
 * The HTML without Next's client runtime: <script> elements loading /_next/ chunks, their
 * preload links, and the inline scripts that feed or boot the client router. Everything else
 * (JSON-LD, stylesheets, React's own inline scripts for streamed boundaries) is kept as is.
 * Next's error shell is returned whole.
 */
export function stripClientRuntime(/** @type {string} */ html) {
  // Next's error shell: when a page calls notFound(), Next 16 answers with an empty
  // <html id="__next_error__"> and draws the not-found page in the browser from the payload
  // (vercel/next.js#62228). Without the runtime it would stay blank, so it keeps it.
  if (html.includes('<html id="__next_error__"')) return html;
  let out = '';
  let copiedTo = 0;
  openingTag.lastIndex = 0;
  for (let match = openingTag.exec(html); match; match = openingTag.exec(html)) {
    const [tag, name] = /** @type {[string, string]} */ (/** @type {unknown} */ (match));
    const start = match.index;
    let end = start + tag.length;
    let drop;
    if (name.toLowerCase() === 'link') {
      drop = isRuntimeLink(tag);
    } else {
      const close = html.indexOf('</script>', end);
      if (close === -1) break;
      drop = frameworkAsset.test(tag) || (!/\btype=/.test(tag) && frameworkInline.test(html.slice(end, Math.min(close, end + 64))));
      end = close + '</script>'.length;
      openingTag.lastIndex = end;
    }
    if (!drop) continue;
    out += html.slice(copiedTo, start);
    copiedTo = end;
  }
  return copiedTo === 0 ? html : out + html.slice(copiedTo);
}

/**
 * Whether a cache entry's value is a rendered page (App Router), whose HTML carries the runtime.
 * @param {unknown} value
 * @returns {value is { kind: 'APP_PAGE', html: string }}
 */
export function isCachedPage(value) {
  const entry = /** @type {{ kind?: unknown, html?: unknown } | null | undefined} */ (value);
  return entry?.kind === 'APP_PAGE' && typeof entry.html === 'string';
}

/**
 * A page as Next.js stores it in its cache, with its HTML stripped: every hit then sends, measures
 * and hashes the page alone, not the page and its payload. Anything else is returned as it is.
 * Only reader pages are ever stored: newsroom pages read the session, so Next renders them anew
 * for every request.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function withoutClientRuntimeInCache(value) {
  return isCachedPage(value) ? { ...value, html: stripClientRuntime(value.html) } : value;
}
