// Every public URL the site links to is built here, so routes and links cannot disagree.

export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

export const paths = {
  home: () => '/',
  article: (article: { slug: string; section: { slug: string } }) => `/${article.section.slug}/${article.slug}`,
  section: (slug: string) => `/${slug}`,
  topic: (slug: string) => `/topic/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  media: (key: string) => `/media/${key}`,
  latest: () => '/latest',
  multimedia: () => '/multimedia',
  /** Page N of a list: page 1 is the list's own address, later ones `<list>/page/N`. */
  page: (listPath: string, page: number) => (page > 1 ? `${listPath.replace(/\/$/, '')}/page/${page}` : listPath),
};

/** First path segments the site uses itself: no section may take one of these slugs. */
export const reservedSectionSlugs = new Set([
  'admin', 'api', 'author', 'authors', 'topic', 'topics', 'tag', 'tags', 'search', 'feed', 'feeds', 'rss',
  'media', 'multimedia', 'latest', 'sitemap', 'sitemaps', 'news-sitemap.xml', 'sitemap.xml', 'robots.txt', 'preview', 'page',
  'favicon.ico', 'icon', 'login', 'logout', '_next',
]);

/** Second path segments a section uses itself: no article may take one of these slugs. */
export const reservedArticleSlugs = new Set(['page', 'feed', 'rss', 'atom']);
