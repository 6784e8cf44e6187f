import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ArticleContent } from '@/components/article/ArticleContent';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getArticleAccess, getArticlePreview } from '@/lib/articles/edit-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { statusLabels } from '@/lib/articles/workflow-rules';
import { canEditArticle, isOwnArticle } from '@/lib/auth/permissions';
import { isPreviewToken } from '@/lib/auth/preview-token';
import { requireUser } from '@/lib/auth/require-user';
import { idFromParam } from '@/lib/directory/paths';
import { getNavigation } from '@/lib/sections/queries';

// A story as readers will see it, before it is public: at a secret address (the editor's link
// carries a token made from the article id, src/lib/auth/preview-token.ts) and only for signed-in
// newsroom members who may work on it; never indexed, never cached, never counted as a view.
// Without the right token the address does not exist (404), whoever asks; with it, a visitor
// still has to sign in. The public site never links here.

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false, nocache: true }, referrer: 'no-referrer' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function PreviewPage({ params, searchParams }: Props) {
  const id = idFromParam((await params).id);
  if (!id || !isPreviewToken(id, (await searchParams).token)) notFound();
  const user = await requireUser();
  const access = await getArticleAccess(id);
  if (!access) notFound();
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
          <ArticleContent article={article} />
        </div>
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
