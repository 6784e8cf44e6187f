// Plain, serialisable shapes that public pages receive (dates as ISO strings, so cached copies
// survive serialisation unchanged).

export type PhotoView = {
  id: number;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  variants: unknown;
};

export type BylineView = {
  slug: string;
  name: string;
  role: string;
  email: string | null;
  isColumnist: boolean;
  photo: PhotoView | null;
};

/** A story as a headline list shows it: a link (the article sidebar's lists, most viewed). */
export type StoryLink = {
  id: number;
  slug: string;
  headline: string;
  section: { slug: string };
};

export type ArticleCard = {
  id: number;
  slug: string;
  headline: string;
  summary: string;
  kind: string;
  section: { slug: string; name: string };
  publishedAt: string;
  leadImage: PhotoView | null;
  bylines: { slug: string; name: string }[];
};

export type ArticleView = ArticleCard & {
  subheadlines: string[];
  bodyHtml: string;
  language: string;
  modifiedAt: string | null;
  updatedAt: string;
  videoUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  originalUrl: string | null;
  original: { slug: string; sectionSlug: string; language: string } | null;
  translations: { slug: string; sectionSlug: string; language: string }[];
  section: { slug: string; name: string; parent: { slug: string; name: string } | null };
  authors: BylineView[];
  topics: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  gallery: PhotoView[];
  corrections: { id: number; text: string; createdAt: string }[];
};
