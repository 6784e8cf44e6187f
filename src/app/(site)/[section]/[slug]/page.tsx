import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleContent } from '@/components/article/ArticleContent';
import { ArticleSidebar } from '@/components/article/ArticleSidebar';
import { ViewBeacon } from '@/components/article/ViewBeacon';
import { JsonLd } from '@/components/seo/JsonLd';
import { getPublishedArticle, resolveMissingSlug } from '@/lib/articles/queries';
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
      <ArticleContent article={article}>
        <ViewBeacon articleId={article.id} />
      </ArticleContent>
      <ArticleSidebar article={article} />
    </div>
  );
}
