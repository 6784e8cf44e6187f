import type { CorrectionComment, CreativeWork, ImageObject, NewsArticle, Person } from 'schema-dts';
import type { ArticleView } from '@/lib/articles/types';
import { photoCrops } from '@/lib/media/variants';
import { toKstIso } from '@/lib/time/kst';
import { absoluteUrl, paths } from '@/lib/urls';
import { articleKeywords, articleLanguages } from '../article-metadata';
import { clip } from '../share';
import { publisherJsonLd } from './publisher';

// An article as schema.org NewsArticle, the type chosen by the newsroom's kind of story.
// schema.org has no interview type: an interview is a NewsArticle whose genre says "Interview".
// A feature is original on-the-ground reporting, schema.org's ReportageNewsArticle.

const schemaTypes = {
  NEWS: 'NewsArticle',
  ANALYSIS: 'AnalysisNewsArticle',
  INTERVIEW: 'NewsArticle',
  FEATURE: 'ReportageNewsArticle',
  COLUMN: 'OpinionNewsArticle',
  EDITORIAL: 'OpinionNewsArticle',
} as const;

const genres: Record<string, string> = {
  NEWS: 'News', ANALYSIS: 'Analysis', INTERVIEW: 'Interview', FEATURE: 'Feature', COLUMN: 'Column', EDITORIAL: 'Editorial',
};

type ArticleType = (typeof schemaTypes)[keyof typeof schemaTypes];

export function articleSchemaType(kind: string): ArticleType {
  return schemaTypes[kind as keyof typeof schemaTypes] ?? 'NewsArticle';
}

/** The lead photo's 16:9, 4:3 and 1:1 crops, as Google asks for. */
function images(article: ArticleView): ImageObject[] {
  if (!article.leadImage) return [];
  return photoCrops(article.leadImage).map((crop) => ({
    '@type': 'ImageObject',
    url: absoluteUrl(crop.url),
    width: String(crop.width),
    height: String(crop.height),
    ...(article.leadImage?.credit && { creditText: article.leadImage.credit }),
  }));
}

function authors(article: ArticleView): Person[] {
  return article.authors.map((author) => ({
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(paths.author(author.slug)),
    ...(author.role && { jobTitle: author.role }),
  }));
}

function corrections(article: ArticleView): CorrectionComment[] {
  return article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: toKstIso(new Date(c.createdAt)) }));
}

/** The original this story translates, and the translations of it that we publish. */
function translations(article: ArticleView): Pick<CreativeWork, 'translationOfWork' | 'workTranslation'> {
  const [, ...others] = articleLanguages(article);
  const work = (v: { language: string; url: string }): CreativeWork => ({ '@type': 'NewsArticle', url: v.url, inLanguage: v.language });
  const original = article.original || article.originalUrl ? others[0] : undefined;
  const translated = original ? others.slice(1) : others;
  return {
    ...(original && { translationOfWork: work(original) }),
    ...(translated.length > 0 && { workTranslation: translated.map(work) }),
  };
}

export function articleJsonLd(article: ArticleView): NewsArticle {
  const url = absoluteUrl(paths.article(article));
  const published = toKstIso(new Date(article.publishedAt));
  const keywords = articleKeywords(article);
  return {
    '@type': articleSchemaType(article.kind),
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.headline,
    ...(article.subheadlines.length > 0 && { alternativeHeadline: article.subheadlines.join(' ') }),
    description: clip(article.seoDescription || article.summary || article.headline),
    image: images(article),
    datePublished: published,
    dateModified: article.modifiedAt ? toKstIso(new Date(article.modifiedAt)) : published,
    author: authors(article),
    publisher: publisherJsonLd(),
    articleSection: article.section.name,
    genre: genres[article.kind] ?? 'News',
    ...(keywords.length > 0 && { keywords }),
    inLanguage: article.language,
    isAccessibleForFree: true,
    ...(article.corrections.length > 0 && { correction: corrections(article) }),
    ...translations(article),
  };
}
