import type { Metadata } from 'next';
import type { ArticleView } from '@/lib/articles/types';
import { site } from '@/lib/site';
import { toKstIso } from '@/lib/time/kst';
import { absoluteUrl, paths } from '@/lib/urls';
import { clip, feedLinks, shareImage, siteName } from './share';

// An article's <head>: canonical URL, Open Graph article tags, Twitter card, feed links and the
// hreflang links between the story and its other-language versions.

type Language = { language: string; url: string };

/** Every version of the story we know of, this one included; external originals count as Korean. */
export function articleLanguages(article: ArticleView): Language[] {
  const versions: Language[] = [{ language: article.language, url: absoluteUrl(paths.article(article)) }];
  if (article.original) {
    versions.push({ language: article.original.language, url: absoluteUrl(paths.article({ slug: article.original.slug, section: { slug: article.original.sectionSlug } })) });
  } else if (article.originalUrl) {
    versions.push({ language: site.originalEdition.language, url: article.originalUrl });
  }
  for (const t of article.translations) {
    versions.push({ language: t.language, url: absoluteUrl(paths.article({ slug: t.slug, section: { slug: t.sectionSlug } })) });
  }
  return versions.filter((v, i) => versions.findIndex((w) => w.language === v.language) === i);
}

/**
 * hreflang alternates: each version by language, and x-default pointing at the edition's own
 * language (English), so the story's pages all name the same default. Nothing for a lone story.
 */
function hreflang(article: ArticleView): Record<string, string> | undefined {
  const versions = articleLanguages(article);
  if (versions.length < 2) return undefined;
  const fallback = versions.find((v) => v.language === site.language)?.url ?? absoluteUrl(paths.article(article));
  return { ...Object.fromEntries(versions.map((v) => [v.language, v.url])), 'x-default': fallback };
}

/** Topics, then tags, each name once: Open Graph tags and the JSON-LD keywords. */
export function articleKeywords(article: Pick<ArticleView, 'topics' | 'tags'>): string[] {
  return [...new Set([...article.topics, ...article.tags].map((t) => t.name))];
}

export function articleMetadata(article: ArticleView): Metadata {
  const canonical = absoluteUrl(paths.article(article));
  const title = article.seoTitle ?? article.headline;
  const description = clip(article.seoDescription || article.summary || article.subheadlines[0] || article.headline);
  const image = shareImage(article.leadImage);
  return {
    title,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: paths.author(a.slug) })),
    alternates: {
      canonical,
      languages: hreflang(article),
      types: feedLinks({ feed: { kind: 'section', slug: article.section.slug }, name: article.section.name }),
    },
    openGraph: {
      type: 'article',
      siteName,
      locale: article.language === 'ko' ? 'ko_KR' : 'en_US',
      url: canonical,
      title: article.headline,
      description,
      images: [image],
      publishedTime: toKstIso(new Date(article.publishedAt)),
      modifiedTime: toKstIso(new Date(article.modifiedAt ?? article.publishedAt)),
      authors: article.authors.map((a) => absoluteUrl(paths.author(a.slug))),
      section: article.section.name,
      tags: articleKeywords(article),
    },
    twitter: { card: 'summary_large_image', title: article.headline, description, images: [image] },
  };
}
