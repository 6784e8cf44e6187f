import { forbidden, notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/editor/article-editor';
import { findFrontPageLead, getEditorOptions } from '@/lib/articles/admin-queries';
import { getArticleForEdit } from '@/lib/articles/edit-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { can, canEditArticle } from '@/lib/auth/permissions';
import { previewToken } from '@/lib/auth/preview-token';
import { requireUser } from '@/lib/auth/require-user';
import { idFromParam } from '@/lib/directory/paths';

export const metadata = { title: 'Edit article' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idFromParam((await params).id);
  const [article, options, frontPageLead] = await Promise.all([id ? getArticleForEdit(id) : null, getEditorOptions(), findFrontPageLead()]);
  if (!article) notFound();
  const access = { status: article.status, createdById: article.createdById, authorIds: article.fields.authors.map((a) => a.authorId) };
  if (!canEditArticle(user, access)) forbidden();
  return (
    <ArticleEditor article={article} options={options} user={{ id: user.id, role: user.role, authorId: user.authorId }}
      canCorrect={can(user, 'article:correct')} canPlace={can(user, 'article:place')} frontPageLead={frontPageLead}
      previewPath={articleAdminPaths.preview(article.id, previewToken(article.id))} />
  );
}
