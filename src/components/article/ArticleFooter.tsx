import type { ArticleView } from '@/lib/articles/types';
import { site } from '@/lib/site';
import { formatKst } from '@/lib/time/kst';
import { paths } from '@/lib/urls';

/** Corrections, the newsroom's contact line, the original-language link, topics and tags. */
export function ArticleFooter({ article }: { article: ArticleView }) {
  const originalHref = article.original ? `/${article.original.sectionSlug}/${article.original.slug}` : article.originalUrl;
  return (
    <footer className="article-footer">
      {article.corrections.length > 0 && (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {article.corrections.map((c) => (
              <li key={c.id}>
                <time dateTime={c.createdAt}>{formatKst(new Date(c.createdAt))}</time>: {c.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="contact-line">
        Please direct comments or questions to [<a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>]
      </p>
      {originalHref && (
        <p className="original-link">
          <a href={originalHref} hrefLang={article.original?.language ?? 'ko'} lang="en">
            Read the original Korean article
          </a>
        </p>
      )}
      {(article.topics.length > 0 || article.tags.length > 0) && (
        <nav aria-label="Topics and tags">
          <ul className="article-tags">
            {article.topics.map((t) => (
              <li key={`topic-${t.slug}`}>
                <a href={paths.topic(t.slug)} className="topic">{t.name}</a>
              </li>
            ))}
            {article.tags.map((t) => (
              <li key={`tag-${t.slug}`}>
                <a href={paths.tag(t.slug)}>#{t.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </footer>
  );
}
