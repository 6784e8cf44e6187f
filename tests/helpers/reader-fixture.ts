import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { uniqueKey } from './db';

// Rows for the reader's lists and search: sections, topics, authors, tags and articles with
// random keys, written straight to the test database the way the newsroom leaves them
// (join rows' `listedAt` is the publish time while the story is published).

type ArticleInput = {
  sectionId: number;
  headline?: string;
  summary?: string;
  bodyMarkdown?: string;
  status?: 'PUBLISHED' | 'DRAFT' | 'UNPUBLISHED';
  kind?: 'NEWS' | 'COLUMN' | 'EDITORIAL';
  publishedAt?: Date;
  videoUrl?: string;
  frontPagePlacement?: 'NONE' | 'LEAD' | 'TOP';
  frontPageRank?: number;
  authorIds?: number[];
  topicIds?: number[];
  tagIds?: number[];
};

export async function createSection(db: PrismaClient, parentId: number | null = null) {
  const slug = uniqueKey('section');
  return db.section.create({ data: { slug, name: `Section ${slug}`, parentId } });
}

export const createTopic = (db: PrismaClient) => db.topic.create({ data: { slug: uniqueKey('topic'), name: 'Topic' } });
export const createTag = (db: PrismaClient) => db.tag.create({ data: { slug: uniqueKey('tag'), name: 'Tag' } });
export const createAuthor = (db: PrismaClient, data: Partial<Prisma.AuthorCreateInput> = {}) =>
  db.author.create({ data: { slug: uniqueKey('author'), name: 'A. Reporter', ...data } });
export const createMedia = (db: PrismaClient) =>
  db.media.create({ data: { key: uniqueKey('media'), mimeType: 'image/jpeg', width: 1600, height: 1000 } });

export async function createArticle(db: PrismaClient, input: ArticleInput) {
  const { authorIds = [], topicIds = [], tagIds = [], status = 'PUBLISHED', ...fields } = input;
  const publishedAt = status === 'DRAFT' ? null : (fields.publishedAt ?? new Date());
  const listedAt = status === 'PUBLISHED' ? publishedAt : null;
  const slug = uniqueKey('story');
  return db.article.create({
    data: {
      headline: `Story ${slug}`,
      ...fields,
      slug,
      status,
      publishedAt,
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position, listedAt })) },
      topics: { create: topicIds.map((topicId, position) => ({ topicId, position, listedAt })) },
      tags: { create: tagIds.map((tagId, position) => ({ tagId, position, listedAt })) },
    },
  });
}

/** `count` published stories in a section, one minute apart, newest last; returns their ids newest first. */
export async function createStories(db: PrismaClient, count: number, input: ArticleInput, start = new Date('2024-01-01T00:00:00Z')) {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const article = await createArticle(db, { ...input, publishedAt: new Date(start.getTime() + i * 60_000) });
    ids.push(article.id);
  }
  return ids.reverse();
}
