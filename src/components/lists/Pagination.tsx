
type Props = { page: number; hasNext: boolean; href: (page: number) => string; lastPage?: number; labels?: { previous: string; next: string } };

const newestFirst = { previous: 'Newer stories', next: 'Older stories' };

/** Newer / older links between a list's pages, with rel=prev/next for crawlers and assistive tech. */
export function Pagination({ page, hasNext, href, lastPage, labels = newestFirst }: Props) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="pagination-prev">
          <span aria-hidden="true">← </span>
          {labels.previous}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination-current" aria-current="page">
        Page {page}
        {lastPage ? ` of ${lastPage}` : ''}
      </span>
      {hasNext ? (
        <a href={href(page + 1)} rel="next" className="pagination-next">
          {labels.next}
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
