import type { SectionNav } from '@/lib/sections/queries';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';

/** Masthead, section navigation, search and the link to the Korean edition. Works without JavaScript. */
export function SiteHeader({ sections }: { sections: SectionNav[] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="masthead">
        <a href={paths.home()} className="brand">
          <span className="brand-name">{site.name}</span> <span className="brand-edition">{site.edition}</span>
        </a>
        <div className="masthead-tools">
          <form action={paths.search()} method="get" role="search" aria-label="Site search" className="search-form">
            <label htmlFor="site-search" className="visually-hidden">Search articles</label>
            <input id="site-search" type="search" name="q" placeholder="Search" maxLength={200} />
            <button type="submit">Search</button>
          </form>
          <a href={site.originalEdition.url} hrefLang={site.originalEdition.language} className="edition-link">
            {site.originalEdition.name}
          </a>
        </div>
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={paths.section(section.slug)}>{section.name}</a>
            </li>
          ))}
          <li>
            <a href={paths.multimedia()}>Multimedia</a>
          </li>
          <li>
            <a href={paths.latest()}>Latest</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
