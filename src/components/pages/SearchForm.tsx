import type { SearchParams } from '@/lib/search/schema';
import { MAX_QUERY_LENGTH } from '@/lib/search/schema';
import type { SectionNav } from '@/lib/sections/queries';

/** The search box with its filters: a plain GET form, so it works without JavaScript. */
export function SearchForm({ params, sections }: { params: SearchParams; sections: SectionNav[] }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search the archive" className="search-filters">
      <div className="field field-query">
        <label htmlFor="search-q">Search for</label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={MAX_QUERY_LENGTH} />
      </div>
      <div className="field">
        <label htmlFor="search-section">Section</label>
        <select id="search-section" name="section" defaultValue={params.section ?? ''}>
          <option value="">All sections</option>
          {sections.map((section) => [
            <option key={section.slug} value={section.slug}>{section.name}</option>,
            ...section.children.map((child) => (
              <option key={child.slug} value={child.slug}>{`${section.name}: ${child.name}`}</option>
            )),
          ])}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-from">From</label>
        <input id="search-from" type="date" name="from" defaultValue={params.from} />
      </div>
      <div className="field">
        <label htmlFor="search-to">To</label>
        <input id="search-to" type="date" name="to" defaultValue={params.to} />
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
