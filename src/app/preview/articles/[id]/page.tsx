import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { Byline } from '@/components/article/Byline';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { Gallery } from '@/components/media/Gallery';
import { LeadVideo } from '@/components/media/LeadVideo';
import { CaptionedPhoto } from '@/components/media/Photo';
import { getArticleAccess, getArticlePreview } from '@/lib/articles/edit-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { statusLabels } from '@/lib/articles/workflow-rules';
import { canEditArticle, isOwnArticle } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/require-user';
import { idFromParam } from '@/lib/directory/paths';
import { videoEmbedUrl } from '@/lib/markdown/video';
import { getNavigation } from '@/lib/sections/queries';

// A story as readers will see it, before it is public: only for signed-in newsroom members who
// may work on it, never indexed, never cached, never counted as a view. Unlisted: the editor
// links to it; the public site never does.

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false, nocache: true } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idFromParam((await params).id);
  const access = id ? await getArticleAccess(id) : null;
  if (!id || !access) notFound();
  if (!canEditArticle(user, access) && !isOwnArticle(user, access)) forbidden();
  const [article, sections] = await Promise.all([getArticlePreview(id), getNavigation()]);
  if (!article) notFound();
  return (
    <>
      <p className="preview-banner" role="status" style={{ margin: 0, padding: '0.5rem 1rem', background: '#fff3cd', borderBottom: '1px solid #d4a500' }}>
        Preview — {statusLabels[access.status]}. Readers cannot see this page. <Link href={articleAdminPaths.edit(id)}>Back to the editor</Link>
      </p>
      <SiteHeader sections={sections} />
      <main id="main" className="site-main">
        <div className="article-layout">
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
          </article>
        </div>
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
