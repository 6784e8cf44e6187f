import Link from 'next/link';
import type { SectionNav } from '@/lib/sections/queries';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';

export function SiteFooter({ sections }: { sections: SectionNav[] }) {
  return (
    <footer className="site-footer">
      <nav aria-label="All sections">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={paths.section(section.slug)}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        Please direct comments or questions to [<a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>]
      </p>
      <p>
        © {site.name}. All times are Korea Standard Time (KST).{' '}
        <a href={site.originalEdition.url} hrefLang={site.originalEdition.language}>{site.originalEdition.name}</a>
      </p>
    </footer>
  );
}
