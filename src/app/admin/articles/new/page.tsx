import { NewArticleForm } from '@/components/admin/articles/new-article-form';
import { createArticleAction } from '@/lib/articles/actions';
import { getEditorOptions } from '@/lib/articles/admin-queries';
import { requirePermission } from '@/lib/auth/require-user';

export const metadata = { title: 'New article' };

export default async function NewArticlePage() {
  await requirePermission('article:create');
  const { sections } = await getEditorOptions();
  return (
    <>
      <h1>New article</h1>
      <NewArticleForm action={createArticleAction} sections={sections.map((s) => ({ value: String(s.id), label: s.name }))} />
    </>
  );
}
