import { expect, test } from 'vitest';
import { stripClientRuntime, withoutClientRuntimeInCache } from '@/server/strip-client-runtime.mjs';

// The shape of a Next.js 16 (Turbopack) production page, as `next build` writes it, shortened.
const head =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/36-y2j30oc_7o.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>' +
  '<script src="/_next/static/chunks/3s9nxbd5z6xqf.js" async=""></script>' +
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>' +
  '<title>Front page</title><link rel="canonical" href="https://english.example/"/>' +
  '<link rel="preload" as="image" href="/media/lead.webp"/></head>';
const body =
  '<body><main><h1>News</h1><p>a &lt;script&gt; in text</p>' +
  '<script type="application/ld+json">{"@type":"WebSite","name":"self.__next_f"}</script></main>';
const runtime =
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"]});</script>' +
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"a\\",null,{\\"href\\":\\"/x\\",\\"children\\":\\"\\u003cscript\\u003e\\"}]\\n"])</script>' +
  '<script>(self.__next_s=self.__next_s||[]).push(["/_next/static/chunks/x.js",{}])</script>';
const page = `${head}${body}${runtime}</body></html>`;

test('takes out the chunks, their preloads, the Turbopack bootstrap and the inline payload', () => {
  const stripped = stripClientRuntime(page);
  expect(stripped).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/);
  expect(stripped).not.toContain('__next_f.push');
  expect(stripped).not.toContain('__next_s');
  expect(stripped).not.toContain('TURBOPACK');
  expect(stripped).toBe(
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/36-y2j30oc_7o.css" data-precedence="next"/>' +
      '<title>Front page</title><link rel="canonical" href="https://english.example/"/>' +
      '<link rel="preload" as="image" href="/media/lead.webp"/></head>' +
      `${body}</body></html>`,
  );
});

test('keeps JSON-LD, stylesheets, image preloads and scripts that are not Next.js runtime', () => {
  const own = '<script>document.documentElement.className="js"</script><script src="https://cdn.example/widget.js"></script>';
  const stripped = stripClientRuntime(`${head}${body}${own}${runtime}</body></html>`);
  expect(stripped).toContain('<script type="application/ld+json">{"@type":"WebSite","name":"self.__next_f"}</script>');
  expect(stripped).toContain(own);
  expect(stripped).toContain('rel="stylesheet"');
  expect(stripped).toContain('as="image"');
});

test('HTML without a runtime comes back as it was, and a cut-off script is left alone', () => {
  const plain = '<!DOCTYPE html><html><body><p>Gone</p></body></html>';
  expect(stripClientRuntime(plain)).toBe(plain);
  const cutOff = `${body}<script>self.__next_f.push([1,"unterminated`;
  expect(stripClientRuntime(cutOff)).toBe(cutOff);
});

test('Next\u2019s error shell keeps its runtime: it is what draws the not-found page', () => {
  const shell = `<!DOCTYPE html><html id="__next_error__"><head><title>Not found</title></head><body>${runtime}</body></html>`;
  expect(stripClientRuntime(shell)).toBe(shell);
});

test('a page is stored in the cache without the runtime; data, route answers and empty entries are stored as they are', () => {
  const stored = { kind: 'APP_PAGE', html: page, rscData: Buffer.from('payload'), status: 200 };
  const cached = withoutClientRuntimeInCache(stored);
  expect(cached).toEqual({ ...stored, html: stripClientRuntime(page) });
  expect(stored.html).toBe(page);
  for (const other of [{ kind: 'FETCH', data: { body: page } }, { kind: 'APP_ROUTE', body: Buffer.from(page) }, null]) {
    expect(withoutClientRuntimeInCache(other)).toBe(other);
  }
});
