import type { ArticleView } from '@/lib/articles/types';
import { formatKst, toKstIso } from '@/lib/time/kst';
import { paths } from '@/lib/urls';

export function ArticleHeader({ article }: { article: ArticleView }) {
  const { section } = article;
  return (
    <header className="article-header">
      <p className="section-label">
        {section.parent && (
          <>
            <a href={paths.section(section.parent.slug)}>{section.parent.name}</a>
            <span aria-hidden="true"> › </span>
          </>
        )}
        <a href={paths.section(section.slug)}>{section.name}</a>
      </p>
      <h1>{article.headline}</h1>
      {article.subheadlines.map((line) => (
        <p key={line} className="subheadline">
          {line}
        </p>
      ))}
      <p className="dateline">
        Posted on : <time dateTime={toKstIso(new Date(article.publishedAt))}>{formatKst(new Date(article.publishedAt))}</time>
        {article.modifiedAt && (
          <>
            {' '}
            · Updated : <time dateTime={toKstIso(new Date(article.modifiedAt))}>{formatKst(new Date(article.modifiedAt))}</time>
          </>
        )}
      </p>
    </header>
  );
}
