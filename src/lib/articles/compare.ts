import { diffWordsWithSpace, type Change } from 'diff';
import { placementLabels } from './placement';
import type { ArticleFields } from './schema';

// Comparing two versions of an article's fields, for the revisions page and for the editor's
// conflict panel (this module runs in the browser too: no database, plain data in and out).

export type FieldName = keyof ArticleFields;

export const fieldLabels: Record<FieldName, string> = {
  headline: 'Headline',
  subheadlines: 'Sub-headlines',
  summary: 'Summary',
  bodyMarkdown: 'Body',
  kind: 'Kind',
  sectionId: 'Section',
  topicIds: 'Topics',
  tags: 'Tags',
  authors: 'Bylines',
  leadImageId: 'Lead photo',
  gallery: 'Gallery',
  relatedPins: 'Pinned related stories',
  originalUrl: 'Original-language article',
  videoUrl: 'Video',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
  slug: 'Address (slug)',
  frontPagePlacement: 'Front page',
  frontPageRank: 'Front-page rank',
};

/** Names for the ids a version holds: sections, authors, topics, photos and stories. */
export type DisplayNames = {
  sections: Record<number, string>;
  authors: Record<number, string>;
  topics: Record<number, string>;
  media: Record<number, string>;
  articles: Record<number, string>;
};

const nameOf = (names: Record<number, string>, id: number) => names[id] ?? `#${id} (deleted)`;

/** One field's value as a reader of the comparison should see it. */
export function describeField(field: FieldName, fields: ArticleFields, names: DisplayNames): string {
  switch (field) {
    case 'sectionId':
      return nameOf(names.sections, fields.sectionId);
    case 'topicIds':
      return fields.topicIds.map((id) => nameOf(names.topics, id)).join(', ');
    case 'authors':
      return fields.authors.map((a) => `${nameOf(names.authors, a.authorId)}${a.role ? ` (${a.role})` : ''}`).join('; ');
    case 'leadImageId':
      return fields.leadImageId ? nameOf(names.media, fields.leadImageId) : '';
    case 'gallery':
      return fields.gallery.map((g) => `${nameOf(names.media, g.mediaId)}${g.caption ? ` — “${g.caption}”` : ''}`).join('; ');
    case 'relatedPins':
      return fields.relatedPins.map((id) => nameOf(names.articles, id)).join('; ');
    case 'subheadlines':
      return fields.subheadlines.join(' / ');
    case 'tags':
      return fields.tags.join(', ');
    case 'kind':
      return fields.kind.charAt(0) + fields.kind.slice(1).toLowerCase();
    case 'frontPagePlacement':
      return placementLabels[fields.frontPagePlacement];
    default:
      return String(fields[field] ?? '');
  }
}

export function sameValue(field: FieldName, a: ArticleFields, b: ArticleFields): boolean {
  return JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null);
}

export type FieldChange = { field: FieldName; label: string; before: string; after: string };

/** The fields other than the body whose values differ, described for people. */
export function changedFields(before: ArticleFields, after: ArticleFields, names: DisplayNames): FieldChange[] {
  return (Object.keys(fieldLabels) as FieldName[])
    .filter((field) => field !== 'bodyMarkdown' && !sameValue(field, before, after))
    .map((field) => ({ field, label: fieldLabels[field], before: describeField(field, before, names), after: describeField(field, after, names) }));
}

export function bodyChanges(before: string, after: string): Change[] {
  return diffWordsWithSpace(before, after);
}
