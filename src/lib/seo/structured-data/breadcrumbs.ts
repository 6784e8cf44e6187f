import type { BreadcrumbList } from 'schema-dts';
import type { ArticleView } from '@/lib/articles/types';
import { absoluteUrl, paths } from '@/lib/urls';
import { siteName } from '../share';

// The trail a reader would follow to the page: front page, section (under its parent), story.

type Crumb = { name: string; path: string };
type SectionTrail = { slug: string; name: string; parent: { slug: string; name: string } | null };

function breadcrumbList(crumbs: Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}

function sectionCrumbs(section: SectionTrail): Crumb[] {
  return [
    { name: siteName, path: paths.home() },
    ...(section.parent ? [{ name: section.parent.name, path: paths.section(section.parent.slug) }] : []),
    { name: section.name, path: paths.section(section.slug) },
  ];
}

export function sectionBreadcrumbs(section: SectionTrail): BreadcrumbList {
  return breadcrumbList(sectionCrumbs(section));
}

export function articleBreadcrumbs(article: ArticleView): BreadcrumbList {
  return breadcrumbList([...sectionCrumbs(article.section), { name: article.headline, path: paths.article(article) }]);
}
