import Link from 'next/link';
import { ArticleTable } from '@/components/admin/articles/article-table';
import { ListToolbar } from '@/components/admin/list-toolbar';
import { getEditorOptions, listArticles } from '@/lib/articles/admin-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import { articleListQuerySchema, type ArticleListQuery } from '@/lib/articles/schema';
import { statusLabels } from '@/lib/articles/workflow-rules';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/require-user';
import '@/components/admin/editor/editor.css';

export const metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const sorts = { updated: 'Last changed', published: 'Publish time', scheduled: 'Schedule', headline: 'Headline (A–Z)' };

function pageHref(query: ArticleListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) if (value !== undefined && value !== '') params.set(key, String(value));
  return `${articleAdminPaths.list()}?${params}`;
}

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireUser();
  const query = articleListQuerySchema.parse(await searchParams);
  const [{ rows, total, pageCount }, options] = await Promise.all([listArticles(query), getEditorOptions()]);
  return (
    <div className="wide-page">
      <ListToolbar title="Articles" createLabel="New article" createHref={can(user, 'article:create') ? articleAdminPaths.create() : undefined} />
      <form className="article-filters" method="get" role="search" aria-label="Filter articles">
        <div className="admin-field">
          <label htmlFor="q">Headline or slug</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ''} />
        </div>
        <div className="admin-field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={query.status ?? ''}>
            <option value="">Any</option>
            {Object.entries(statusLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor="section">Section</label>
          <select id="section" name="section" defaultValue={query.section ?? ''}>
            <option value="">Any</option>
            {options.sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor="author">Author</label>
          <select id="author" name="author" defaultValue={query.author ?? ''}>
            <option value="">Any</option>
            {options.authors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" name="sort" defaultValue={query.sort}>
            {Object.entries(sorts).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <button className="admin-button" type="submit">Show</button>
      </form>
      <p>{total === 1 ? '1 story' : `${total} stories`}</p>
      <ArticleTable rows={rows} user={user} caption="Articles" />
      {pageCount > 1 ? (
        <nav className="pagination" aria-label="Pages">
          {query.page > 1 ? <Link href={pageHref(query, query.page - 1)} rel="prev">Previous</Link> : null}
          <span>Page {query.page} of {pageCount}</span>
          {query.page < pageCount ? <Link href={pageHref(query, query.page + 1)} rel="next">Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
