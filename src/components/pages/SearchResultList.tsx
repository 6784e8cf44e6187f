import { Pagination } from '@/components/lists/Pagination';
import { searchHref, SEARCH_PAGE_SIZE, type SearchParams } from '@/lib/search/schema';
import type { SearchResults } from '@/lib/search/search';
import { snippetParts } from '@/lib/search/snippet';
import { formatKstDate, toKstIso } from '@/lib/time/kst';
import { paths } from '@/lib/urls';

function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet">
      {snippetParts(text).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  );
}

function count({ total, capped }: SearchResults): string {
  if (capped) return `The ${total.toLocaleString('en-US')} newest matching stories, most relevant first`;
  return total === 1 ? '1 story' : `${total.toLocaleString('en-US')} stories, most relevant first`;
}

/** Ranked results with highlighted excerpts; the excerpt is text, its matches <mark>, nothing else. */
export function SearchResultList({ params, results }: { params: SearchParams; results: SearchResults }) {
  if (results.results.length === 0) {
    return (
      <p className="listing-empty" role="status">
        No stories match “{params.q}”. Try fewer or different words, or remove the filters.
      </p>
    );
  }
  return (
    <section aria-label="Search results" className="search-results">
      <p className="search-count" role="status">{count(results)}</p>
      <ol start={(results.page - 1) * SEARCH_PAGE_SIZE + 1}>
        {results.results.map((result) => (
          <li key={result.id} className="search-result">
            <p className="section-label">
              <a href={paths.section(result.section.slug)}>{result.section.name}</a>
            </p>
            <h2>
              <a href={paths.article(result)}>{result.headline}</a>
            </h2>
            <Snippet text={result.snippet} />
            <p className="meta">
              <time dateTime={toKstIso(new Date(result.publishedAt))}>{formatKstDate(new Date(result.publishedAt))}</time>
              {result.bylines.length > 0 && <> · {result.bylines.map((b) => b.name).join(', ')}</>}
            </p>
          </li>
        ))}
      </ol>
      <Pagination
        page={results.page}
        hasNext={results.hasNext}
        lastPage={Math.ceil(results.total / SEARCH_PAGE_SIZE)}
        labels={{ previous: 'Previous', next: 'Next' }}
        href={(page) => searchHref(params, page)}
      />
    </section>
  );
}
