import { published } from '@/lib/articles/queries';
import { readDb } from '@/lib/db/client';
import { paths } from '@/lib/urls';
import type { SitemapUrl } from './article-queries';

// The front page, sections, topics and authors that have published stories (empty ones are
// noindex, so they stay out), each dated by its newest story: one grouped query per kind.

const latest = (dates: (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((newest, d) => (d && (!newest || d > newest) ? d : newest), null);

const toUrl = (path: string, lastmod: Date | null): SitemapUrl => ({ path, lastmod: lastmod?.toISOString() ?? null });

export async function findSectionUrls(): Promise<SitemapUrl[]> {
  const [groups, sections] = await Promise.all([
    readDb.article.groupBy({ by: ['sectionId'], where: published, _max: { publishedAt: true } }),
    readDb.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, children: { select: { id: true } } } }),
  ]);
  const newest = new Map(groups.map((g) => [g.sectionId, g._max.publishedAt]));
  // A section's page also lists its subsections' stories.
  const dated = sections.map((s) => ({ slug: s.slug, lastmod: latest([s.id, ...s.children.map((c) => c.id)].map((id) => newest.get(id))) }));
  const home = toUrl(paths.home(), latest(groups.map((g) => g._max.publishedAt)));
  return [home, ...dated.filter((s) => s.lastmod).map((s) => toUrl(paths.section(s.slug), s.lastmod))];
}

export async function findTopicUrls(): Promise<SitemapUrl[]> {
  const groups = await readDb.articleTopic.groupBy({ by: ['topicId'], where: { listedAt: { not: null } }, _max: { listedAt: true } });
  const topics = await readDb.topic.findMany({ where: { id: { in: groups.map((g) => g.topicId) } }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true } });
  const newest = new Map(groups.map((g) => [g.topicId, g._max.listedAt]));
  return topics.map((t) => toUrl(paths.topic(t.slug), newest.get(t.id) ?? null));
}

export async function findAuthorUrls(): Promise<SitemapUrl[]> {
  const groups = await readDb.articleAuthor.groupBy({ by: ['authorId'], where: { listedAt: { not: null } }, _max: { listedAt: true } });
  const authors = await readDb.author.findMany({ where: { id: { in: groups.map((g) => g.authorId) } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, slug: true } });
  const newest = new Map(groups.map((g) => [g.authorId, g._max.listedAt]));
  return authors.map((a) => toUrl(paths.author(a.slug), newest.get(a.id) ?? null));
}
