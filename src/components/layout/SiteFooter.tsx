import type { SectionNav } from '@/lib/sections/queries';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';

/** Every section and subsection, the newsroom's contact line and the Korean edition. */
export function SiteFooter({ sections }: { sections: SectionNav[] }) {
  return (
    <footer className="site-footer">
      <nav aria-label="All sections" className="footer-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={paths.section(section.slug)}>{section.name}</a>
              {section.children.length > 0 && (
                <ul>
                  {section.children.map((child) => (
                    <li key={child.slug}>
                      <a href={paths.section(child.slug)}>{child.name}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
          <li>
            <a href={paths.multimedia()}>Multimedia</a>
          </li>
          <li>
            <a href={paths.latest()}>Latest news</a>
          </li>
          <li>
            <a href={paths.search()}>Search</a>
          </li>
        </ul>
      </nav>
      <div className="footer-contact">
        <p>
          <strong>{site.name} {site.edition}</strong>
        </p>
        <p>
          Please direct comments or questions to [<a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>]
        </p>
        <p>
          Read {site.name} in Korean:{' '}
          <a href={site.originalEdition.url} hrefLang={site.originalEdition.language}>{site.originalEdition.name}</a>
        </p>
        <p className="footer-note">© {site.name}. All rights reserved. All times are Korea Standard Time (KST).</p>
      </div>
    </footer>
  );
}
