import { expect, test } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';
import { videoEmbedUrl } from '@/lib/markdown/video';

const youtubeEmbed =
  '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Briefing" loading="lazy" ' +
  'allow="encrypted-media; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>';

test('paragraphs keep emphasis, strong, strikethrough and inline code', () => {
  expect(renderMarkdown('Talks *resumed* in **Seoul**, ~~not Hanoi~~, at `10:00`.')).toBe(
    '<p>Talks <em>resumed</em> in <strong>Seoul</strong>, <del>not Hanoi</del>, at <code>10:00</code>.</p>',
  );
});

test('an h1 in a body is demoted to h2 and headings deeper than h4 become h4', () => {
  expect(renderMarkdown('# Lead\n\n### Section\n\n###### Aside')).toBe('<h2>Lead</h2>\n<h3>Section</h3>\n<h4>Aside</h4>');
});

test('lists, blockquotes and rules render as plain HTML', () => {
  expect(renderMarkdown('- one\n- two\n\n1. first\n\n> quoted\n\n---')).toBe(
    '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>',
  );
});

test('GFM tables keep their column alignment', () => {
  const html = renderMarkdown('| Party | Seats |\n|:--|--:|\n| DP | 170 |');
  expect(html).toContain('<th align="left">Party</th>');
  expect(html).toContain('<td align="right">170</td>');
});

test('external links get noopener noreferrer while relative and mailto links do not', () => {
  expect(renderMarkdown('[a](https://example.com/x) [b](/national/story) [c](mailto:desk@example.com)')).toBe(
    '<p><a href="https://example.com/x" rel="noopener noreferrer">a</a> <a href="/national/story">b</a> ' +
      '<a href="mailto:desk@example.com">c</a></p>',
  );
});

test('a pull quote renders as a figure with its cite as the caption', () => {
  expect(renderMarkdown(':::pullquote{cite="Stephen Biegun"}\nWe are not going to invade North Korea.\n:::')).toBe(
    '<figure class="pullquote"><blockquote><p>We are not going to invade North Korea.</p></blockquote>' +
      '<figcaption>Stephen Biegun</figcaption></figure>',
  );
});

test('a pull quote without a cite has no caption', () => {
  expect(renderMarkdown(':::pullquote\nNo comment.\n:::')).toBe(
    '<figure class="pullquote"><blockquote><p>No comment.</p></blockquote></figure>',
  );
});

test('a figure with a stored media src renders the image, caption and credit', () => {
  expect(renderMarkdown('::figure[Rally in *Seoul*]{src="/media/rally.jpg" alt="Crowd" credit="Yonhap News"}')).toBe(
    '<figure class="photo"><img src="/media/rally.jpg" alt="Crowd" loading="lazy" decoding="async">' +
      '<figcaption>Rally in <em>Seoul</em> <span class="credit">(Yonhap News)</span></figcaption></figure>',
  );
});

test('a figure asks resolveImage for its stored URL, srcset and dimensions', () => {
  const asked: string[] = [];
  const html = renderMarkdown('::figure[Caption]{src="images/rally.jpg" alt="Crowd"}', {
    resolveImage: (src) => {
      asked.push(src);
      return { src: '/media/ab12.jpg', srcSet: '/media/ab12-640.jpg 640w, /media/ab12.jpg 1280w', sizes: '100vw', width: 1280, height: 853 };
    },
  });
  expect(asked).toEqual(['images/rally.jpg']);
  expect(html).toBe(
    '<figure class="photo"><img src="/media/ab12.jpg" alt="Crowd" width="1280" height="853" ' +
      'srcset="/media/ab12-640.jpg 640w, /media/ab12.jpg 1280w" sizes="100vw" loading="lazy" decoding="async">' +
      '<figcaption>Caption</figcaption></figure>',
  );
});

test('a figure the resolver does not know keeps an allowed src and is dropped otherwise', () => {
  const options = { resolveImage: () => null };
  expect(renderMarkdown('::figure{src="https://cdn.example.com/a.jpg"}', options)).toBe(
    '<figure class="photo"><img src="https://cdn.example.com/a.jpg" alt="" loading="lazy" decoding="async"></figure>',
  );
  expect(renderMarkdown('::figure[Lost]{src="images/a.jpg"}', options)).toBe('');
  expect(renderMarkdown('::figure[Lost]{src="images/a.jpg"}')).toBe('');
  expect(renderMarkdown('::figure[Plain http]{src="http://example.com/a.jpg"}')).toBe('');
  expect(renderMarkdown('::figure[Escape]{src="/media/../admin"}')).toBe('');
});

test('Markdown image syntax follows the same source rules as figures', () => {
  expect(renderMarkdown('![Map](images/map.png)', { resolveImage: () => ({ src: '/media/map.png' }) })).toBe(
    '<p><img src="/media/map.png" alt="Map" loading="lazy" decoding="async"></p>',
  );
  expect(renderMarkdown('![Map](images/map.png)')).toBe('');
});

test('a video directive becomes a privacy-friendly YouTube or Vimeo embed', () => {
  expect(renderMarkdown('::video{src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Briefing"}')).toBe(
    `<figure class="video">${youtubeEmbed}</figure>`,
  );
  expect(renderMarkdown('::video{src="https://vimeo.com/76979871"}')).toContain(
    '<iframe src="https://player.vimeo.com/video/76979871?dnt=1" title="Video"',
  );
});

test('videoEmbedUrl accepts the usual YouTube and Vimeo link shapes', () => {
  const embed = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
  expect(videoEmbedUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30')).toBe(embed);
  expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ')).toBe(embed);
  expect(videoEmbedUrl('https://youtube.com/embed/dQw4w9WgXcQ')).toBe(embed);
  expect(videoEmbedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871?dnt=1');
});

test('videoEmbedUrl rejects other hosts, other schemes and malformed ids', () => {
  expect(videoEmbedUrl('https://evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
  expect(videoEmbedUrl('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
  expect(videoEmbedUrl('javascript:alert(1)')).toBeNull();
  expect(videoEmbedUrl('https://www.youtube.com/watch?v=short')).toBeNull();
  expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ"onload="x')).toBeNull();
  expect(videoEmbedUrl('https://vimeo.com/abc')).toBeNull();
  expect(videoEmbedUrl('not a url')).toBeNull();
});

test('unknown directives keep their words and lose their syntax', () => {
  expect(renderMarkdown('::sidebar[Read more]')).toBe('<p>Read more</p>');
  expect(renderMarkdown(':::box{.warning}\nInside.\n:::')).toBe('<p>Inside.</p>');
  expect(renderMarkdown('::widget{id="x"}')).toBe('');
  expect(renderMarkdown('The :abbr[NIS]{title="National Intelligence Service"} said')).toBe('<p>The NIS said</p>');
});

test('unknown directives nested in unknown containers are unwrapped too', () => {
  expect(renderMarkdown('::::outer\n:::inner\n# Deep\n:::\n::::')).toBe('<h2>Deep</h2>');
});

test('prose that parses as a text directive is restored as written', () => {
  expect(renderMarkdown('The anime Re:Zero aired at 10:30.')).toBe('<p>The anime Re:Zero aired at 10:30.</p>');
});

test('footnote ids are prefixed once so their links still resolve', () => {
  const html = renderMarkdown('Claim.[^src]\n\n[^src]: Ministry data.');
  expect(html).toContain('<a href="#user-content-fn-src" id="user-content-fnref-src"');
  expect(html).toContain('<li id="user-content-fn-src">');
  expect(html).not.toContain('user-content-user-content');
});
