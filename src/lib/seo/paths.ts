// The URLs that search engines and feed readers fetch. Listed in README, "Search engines and feeds".

export type FeedFormat = 'rss' | 'atom';
export type FeedKind = 'section' | 'topic' | 'author';
export type FeedScope = { kind: 'site' } | { kind: FeedKind; slug: string };

export const siteFeed: FeedScope = { kind: 'site' };
export const feedExtension = { rss: 'xml', atom: 'atom' } as const satisfies Record<FeedFormat, string>;
export const feedContentType = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
} as const satisfies Record<FeedFormat, string>;

export const seoPaths = {
  feed(format: FeedFormat, scope: FeedScope = siteFeed): string {
    if (scope.kind === 'site') return format === 'rss' ? '/feed.xml' : '/atom.xml';
    return `/feeds/${scope.kind}/${scope.slug}.${feedExtension[format]}`;
  },
  sitemapIndex: '/sitemap.xml',
  newsSitemap: '/news-sitemap.xml',
  listingSitemap: (kind: 'sections' | 'topics' | 'authors') => `/sitemaps/${kind}.xml`,
  /** One month (KST) of articles; a month with more URLs than one file may hold continues in "-2", "-3"… */
  articleSitemap: (month: string, part = 1) => `/sitemaps/articles/${month}${part > 1 ? `-${part}` : ''}.xml`,
  logo: '/logo.png',
  shareCard: '/logo-card.png',
};
