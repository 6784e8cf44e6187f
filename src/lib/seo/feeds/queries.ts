import { published } from '@/lib/articles/queries';
import { readDb } from '@/lib/db/client';
import { site } from '@/lib/site';
import { paths } from '@/lib/urls';
import type { FeedKind, FeedScope } from '../paths';
import { siteName } from '../share';
import { feedEntrySelect, toFeedEntry } from './select';
import type { FeedEntry } from './select';

// The newest published stories of the whole site, a section (with its subsections), a topic or
// an author. Topic and author feeds read their join rows' `listedAt` index, as their pages do.

export const FEED_LENGTH = 30;

/** `builtAt` is when the stories were read: the feed's Last-Modified, which never moves back. */
export type FeedView = { title: string; description: string; path: string; entries: FeedEntry[]; builtAt: string };
type FeedContent = Omit<FeedView, 'builtAt'>;

const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];
const newestListed = [{ listedAt: 'desc' as const }, { articleId: 'desc' as const }];
const listed = { listedAt: { not: null }, article: published };
const titled = (name: string) => `${name} : ${siteName}`;

async function siteFeed(): Promise<FeedContent> {
  const rows = await readDb.article.findMany({ where: published, orderBy: newestFirst, take: FEED_LENGTH, select: feedEntrySelect });
  return { title: siteName, description: site.description, path: paths.home(), entries: rows.map(toFeedEntry) };
}

const scopedFeeds: Record<FeedKind, (slug: string) => Promise<FeedContent | null>> = {
  async section(slug) {
    const section = await readDb.section.findUnique({ where: { slug }, select: { id: true, name: true, description: true, children: { select: { id: true } } } });
    if (!section) return null;
    const sectionIds = [section.id, ...section.children.map((c) => c.id)];
    const rows = await readDb.article.findMany({ where: { ...published, sectionId: { in: sectionIds } }, orderBy: newestFirst, take: FEED_LENGTH, select: feedEntrySelect });
    return { title: titled(section.name), description: section.description || section.name, path: paths.section(slug), entries: rows.map(toFeedEntry) };
  },
  async topic(slug) {
    const topic = await readDb.topic.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
    if (!topic) return null;
    const rows = await readDb.articleTopic.findMany({ where: { topicId: topic.id, ...listed }, orderBy: newestListed, take: FEED_LENGTH, select: { article: { select: feedEntrySelect } } });
    return { title: titled(topic.name), description: topic.description || topic.name, path: paths.topic(slug), entries: rows.map((r) => toFeedEntry(r.article)) };
  },
  async author(slug) {
    const author = await readDb.author.findUnique({ where: { slug }, select: { id: true, name: true, jobTitle: true } });
    if (!author) return null;
    const rows = await readDb.articleAuthor.findMany({ where: { authorId: author.id, ...listed }, orderBy: newestListed, take: FEED_LENGTH, select: { article: { select: feedEntrySelect } } });
    const byline = author.jobTitle ? `${author.name}, ${author.jobTitle}` : author.name;
    return { title: titled(author.name), description: `Articles by ${byline}`, path: paths.author(slug), entries: rows.map((r) => toFeedEntry(r.article)) };
  },
};

/** A feed's stories, read now; null for a section, topic or author that does not exist. */
export async function findFeed(scope: FeedScope): Promise<FeedView | null> {
  const content = scope.kind === 'site' ? await siteFeed() : await scopedFeeds[scope.kind](scope.slug);
  return content && { ...content, builtAt: new Date().toISOString() };
}
