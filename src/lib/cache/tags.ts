// Cache tags for public reads. Every cached query names what it shows, so a publish can
// refresh exactly the pages it touches (see README, "Caching").

export const tags = {
  /** Any list of published articles: front page, sections, topics, authors, feeds, sitemaps. */
  articleLists: 'articles',
  section: (slug: string) => `section:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  navigation: 'navigation',
  mostViewed: 'most-viewed',
};
