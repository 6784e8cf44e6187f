import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { ArticleSidebar } from '@/components/article/ArticleSidebar';
import { Byline } from '@/components/article/Byline';
import { ViewBeacon } from '@/components/article/ViewBeacon';
import { Gallery } from '@/components/media/Gallery';
import { LeadVideo } from '@/components/media/LeadVideo';
import { CaptionedPhoto } from '@/components/media/Photo';
import { JsonLd } from '@/components/seo/JsonLd';
import { getPublishedArticle, resolveMissingSlug } from '@/lib/articles/queries';
import { videoEmbedUrl } from '@/lib/markdown/video';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { articlePageJsonLd } from '@/lib/seo/structured-data/pages';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticle(slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await getPublishedArticle(slug);
  if (!article) {
    const status = await resolveMissingSlug(slug);
    if (status.kind === 'redirect') permanentRedirect(status.path);
    notFound();
  }
  if (article.section.slug !== section) permanentRedirect(paths.article(article));

  return (
    <div className="article-layout">
      <JsonLd data={articlePageJsonLd(article)} />
      <article className="article" lang={article.language}>
        <ArticleHeader article={article} />
        {article.videoUrl && videoEmbedUrl(article.videoUrl) ? (
          <LeadVideo url={article.videoUrl} title={article.headline} />
        ) : (
          article.leadImage && <CaptionedPhoto photo={article.leadImage} sizes="(min-width: 60em) 45em, 100vw" priority />
        )}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <Gallery photos={article.gallery} />
        <Byline authors={article.authors} />
        <ArticleFooter article={article} />
        <ViewBeacon articleId={article.id} />
      </article>
      <ArticleSidebar article={article} />
    </div>
  );
}
