import { expect, test } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';

const dangerous = /<script|<style|<svg|<iframe(?! src="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\/)|<object|<embed|<form|\son\w+=|style=|javascript:|vbscript:|data:/i;

function expectInert(html: string): void {
  expect(html).not.toMatch(dangerous);
}

test('script tags in Markdown are dropped', () => {
  const html = renderMarkdown('Before\n\n<script>alert(1)</script>\n\nAfter');
  expect(html).toBe('<p>Before</p>\n<p>After</p>');
});

test('an inline image with an onerror handler is dropped', () => {
  expect(renderMarkdown('Photo <img src=x onerror=alert(1)> here')).toBe('<p>Photo  here</p>');
});

test('javascript:, vbscript: and data: links lose their href in every Markdown link form', () => {
  const html = renderMarkdown(
    '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:msgbox) [d](data:text/html,x) ' +
      '<javascript:alert(1)> [e][ref]\n\n[ref]: javascript:alert(2)',
  );
  expect(html).toBe('<p><a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>javascript:alert(1)</a> <a>e</a></p>');
});

test('raw HTML links with a javascript: href are dropped', () => {
  const html = renderMarkdown('<a href="javascript:alert(1)">click</a>');
  expectInert(html);
  expect(html).toBe('<p>click</p>');
});

test('data: images are dropped, as Markdown images and as figures', () => {
  expect(renderMarkdown('![x](data:image/png;base64,AAAA)')).toBe('');
  expect(renderMarkdown('::figure[x]{src="data:image/svg+xml,<svg onload=alert(1)>"}')).toBe('');
});

test('a resolver cannot smuggle in a javascript: or data: source', () => {
  const html = renderMarkdown('::figure{src="images/a.jpg"}', {
    resolveImage: () => ({ src: 'javascript:alert(1)', srcSet: 'data:image/png;base64,AAAA 1x' }),
  });
  expect(html).toBe('');
  const withBadSrcSet = renderMarkdown('::figure{src="images/a.jpg"}', {
    resolveImage: () => ({ src: '/media/a.jpg', srcSet: 'data:image/png;base64,AAAA 1x' }),
  });
  expectInert(withBadSrcSet);
  expect(withBadSrcSet).toContain('src="/media/a.jpg"');
});

test('raw iframes are dropped', () => {
  const html = renderMarkdown('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>\n\nText');
  expect(html).toBe('<p>Text</p>');
});

test('a video directive pointing anywhere but YouTube or Vimeo renders nothing', () => {
  expect(renderMarkdown('::video{src="https://evil.example/embed/x"}')).toBe('');
  expect(renderMarkdown('::video{src="javascript:alert(1)"}')).toBe('');
});

test('style attributes, style elements, objects, embeds and forms are dropped', () => {
  const html = renderMarkdown(
    '<p style="color:red">styled</p>\n\n<style>body{display:none}</style>\n\n' +
      '<object data="x.swf"></object>\n\n<embed src="x.swf">\n\n<form action="/admin"><input name="q"></form>\n\nSafe',
  );
  expectInert(html);
  expect(html).toBe('<p>Safe</p>');
});

test('SVG with a script inside comes out as inert text', () => {
  const html = renderMarkdown('<svg><script>alert(1)</script></svg>');
  expectInert(html);
});

test('directive attributes other than the ones we read never reach the HTML', () => {
  const html = renderMarkdown(
    '::figure[Cap]{src="/media/a.jpg" .evil #main style="color:red" onclick="alert(1)"}\n\n' +
      ':::pullquote{.evil #main style="color:red" onclick="alert(1)"}\nQuote\n:::',
  );
  expectInert(html);
  expect(html).not.toMatch(/evil|id=|onclick/);
});

test('a pull quote cite with quotes and angle brackets is escaped text', () => {
  const html = renderMarkdown(`:::pullquote{cite='He said "no" <script>alert(1)</script>'}\nQuote\n:::`);
  expectInert(html);
  expect(html).toContain('<figcaption>He said "no" &#x3C;script>alert(1)&#x3C;/script></figcaption>');
});

test('figure alt text with quotes stays inside its attribute', () => {
  expect(renderMarkdown(`::figure{src="/media/a.jpg" alt='x" onerror="alert(1)'}`)).toBe(
    '<figure class="photo"><img src="/media/a.jpg" alt="x&#x22; onerror=&#x22;alert(1)" loading="lazy" decoding="async"></figure>',
  );
});
