import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { ArticleSidebar } from '@/components/article/ArticleSidebar';
import { Byline } from '@/components/article/Byline';
import { CaptionedPhoto } from '@/components/media/Photo';
import { getPublishedArticle, resolveMissingSlug } from '@/lib/articles/queries';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticle(slug);
  if (!article) return {};
  return {
    title: article.seoTitle ?? article.headline,
    description: article.seoDescription ?? article.summary,
    alternates: { canonical: paths.article(article) },
  };
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
      <article className="article" lang={article.language}>
        <ArticleHeader article={article} />
        {article.leadImage && <CaptionedPhoto photo={article.leadImage} sizes="(min-width: 60em) 45em, 100vw" priority />}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.gallery.length > 0 && (
          <section className="gallery" aria-label="Photo gallery">
            {article.gallery.map((photo) => (
              <CaptionedPhoto key={photo.id} photo={photo} sizes="(min-width: 60em) 45em, 100vw" />
            ))}
          </section>
        )}
        <Byline authors={article.authors} />
        <ArticleFooter article={article} />
      </article>
      <ArticleSidebar article={article} />
    </div>
  );
}
