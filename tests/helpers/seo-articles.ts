import type { ArticleStatus, PrismaClient } from '@/generated/prisma/client';
import { uniqueKey } from './db';

// Rows for feed and sitemap tests: sections, topics, authors and stories with their bylines,
// kept consistent the way the newsroom keeps them (`listedAt` is set only while published).

export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

export function createSection(db: PrismaClient, data: { parentId?: number; name?: string } = {}) {
  return db.section.create({ data: { slug: uniqueKey('section'), name: data.name ?? 'Section', parentId: data.parentId } });
}

export function createTopic(db: PrismaClient) {
  return db.topic.create({ data: { slug: uniqueKey('topic'), name: 'Topic' } });
}

export function createAuthor(db: PrismaClient, name = 'Hwang Joon-bum') {
  return db.author.create({ data: { slug: uniqueKey('author'), name, jobTitle: 'Washington correspondent' } });
}

type StoryInput = {
  sectionId: number;
  publishedAt: Date;
  status?: ArticleStatus;
  headline?: string;
  summary?: string;
  modifiedAt?: Date;
  authorIds?: number[];
  topicIds?: number[];
};

export function createStory(db: PrismaClient, input: StoryInput) {
  const { sectionId, publishedAt, status = 'PUBLISHED', authorIds = [], topicIds = [] } = input;
  const listedAt = status === 'PUBLISHED' ? publishedAt : null;
  return db.article.create({
    data: {
      slug: uniqueKey('story'),
      status,
      headline: input.headline ?? 'A story',
      summary: input.summary ?? 'What happened.',
      sectionId,
      publishedAt,
      modifiedAt: input.modifiedAt,
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position, listedAt })) },
      topics: { create: topicIds.map((topicId, position) => ({ topicId, position, listedAt })) },
    },
    include: { section: { select: { slug: true } } },
  });
}
