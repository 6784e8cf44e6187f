import pg from 'pg';
import { paths } from '../../src/lib/urls';
import { bigSection } from './corpus-directory';
import { commonWord, rareWord } from './corpus-text';

// The page types the benchmark loads, with their URLs picked from the corpus. Cached pages get
// 100 requests/s in the fixed-rate run; pages that render per request (first renders, search)
// get 20. The view beacon is found in the article's own HTML, as a browser would find it.

export type PageGroup = 'cached' | 'uncached' | 'search' | 'feed' | 'beacon';
export type PageSpec = {
  key: string;
  label: string;
  group: PageGroup;
  /** Throughput runs cycle through `paths`; the fixed-rate run uses `ratePaths` (never-visited ones for first renders). */
  paths: string[];
  ratePaths: string[];
  /**
   * Never-visited pages of the same kind, rendered before the runs (first renders only): the
   * measured pages then meet a warm process, as a server that has been up a while is, and are
   * still not in any cache.
   */
  warmPaths?: string[];
  rate: number;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
};

/** The view counter ignores scripts and crawlers: the beacon is requested as a browser would. */
export const browserHeaders = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36' };

export const deepPage = 500;

async function rows<T extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

const single = (key: string, label: string, path: string, group: PageGroup = 'cached'): PageSpec => ({
  key, label, group, paths: [path], ratePaths: [path], rate: group === 'cached' || group === 'feed' ? 100 : 20,
});

export async function corpusPages(databaseUrl: string): Promise<{ specs: PageSpec[]; recentIds: number[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const published = `a.status = 'PUBLISHED'`;
    const [article] = await rows<{ slug: string }>(client,
      `SELECT a.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
       WHERE ${published} AND s.slug = $1 AND a."leadImageId" IS NOT NULL ORDER BY a."publishedAt" DESC LIMIT 1 OFFSET 3`, [bigSection]);
    const firstRenders = await rows<{ slug: string; section: string }>(client,
      `SELECT a.slug, s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
       WHERE ${published} AND a.slug <> $1 ORDER BY (a.id * 7919) % 100003 LIMIT 4200`, [article!.slug]);
    const [topic] = await rows<{ slug: string }>(client,
      `SELECT t.slug FROM "Topic" t JOIN "ArticleTopic" at ON at."topicId" = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`);
    const [author] = await rows<{ slug: string }>(client,
      `SELECT au.slug FROM "Author" au JOIN "ArticleAuthor" aa ON aa."authorId" = au.id GROUP BY au.id ORDER BY count(*) DESC LIMIT 1`);
    const recent = await rows<{ id: number }>(client, `SELECT id FROM "Article" a WHERE ${published} ORDER BY "publishedAt" DESC LIMIT 200`);
    const uncached = firstRenders.map((r) => paths.article({ slug: r.slug, section: { slug: r.section } }));
    const warmUp = uncached.splice(uncached.length - Math.min(200, Math.floor(uncached.length / 10)));
    const half = Math.floor(uncached.length / 2);
    const specs: PageSpec[] = [
      single('article', 'Article (cached)', paths.article({ slug: article!.slug, section: { slug: bigSection } })),
      { key: 'article-first', label: 'Article, first render', group: 'uncached' as const, paths: uncached.slice(0, half), ratePaths: uncached.slice(half), warmPaths: warmUp, rate: 20 },
      single('front', 'Front page', paths.home()),
      single('section', 'Section, page 1', paths.section(bigSection)),
      single('section-deep', `Section, page ${deepPage}`, `${paths.section(bigSection)}/page/${deepPage}`),
      single('topic', 'Topic', paths.topic(topic!.slug)),
      single('author', 'Author', paths.author(author!.slug)),
      single('search-common', `Search "${commonWord.toLowerCase()}"`, paths.search(commonWord.toLowerCase()), 'search'),
      single('search-rare', `Search "${rareWord}"`, paths.search(rareWord), 'search'),
      single('sitemap', 'Sitemap index', '/sitemap.xml', 'feed'),
      single('news-sitemap', 'News sitemap', '/news-sitemap.xml', 'feed'),
      single('feed', 'RSS feed', '/feed.xml', 'feed'),
    ];
    return { specs, recentIds: recent.map((r) => r.id) };
  } finally {
    await client.end();
  }
}

/** The beacon a reader's browser loads, read from the article's HTML (an <img>, so a GET). */
export function beaconPage(articleHtml: string): PageSpec | null {
  const match = /["'(](\/api\/views\/[^"'\s)<>]*)/.exec(articleHtml);
  if (!match) return null;
  const path = match[1]!.replace(/&amp;/g, '&');
  return { key: 'beacon', label: 'View beacon', group: 'beacon', paths: [path], ratePaths: [path], rate: 500, headers: browserHeaders };
}
