import type { ArticleStatus, PrismaClient } from '@/generated/prisma/client';
import { uniqueKey } from './db';

// Rows an article test needs, each with random keys: a section (with a parent), an author,
// a topic, and stories in any status. Tests then act on them through the real actions.

export async function createNewsroomFixture(db: PrismaClient) {
  const parent = await db.section.create({ data: { slug: uniqueKey('world'), name: 'World' } });
  const section = await db.section.create({ data: { slug: uniqueKey('asia'), name: 'Asia', parentId: parent.id } });
  const author = await db.author.create({ data: { slug: uniqueKey('author'), name: 'Kim Ji-eun', jobTitle: 'Staff reporter' } });
  const topic = await db.topic.create({ data: { slug: uniqueKey('topic'), name: 'Nuclear talks' } });
  return { parent, section, author, topic };
}

type Fixture = Awaited<ReturnType<typeof createNewsroomFixture>>;

export async function createStory(
  db: PrismaClient,
  fixture: Fixture,
  data: { status?: ArticleStatus; createdById?: number; authorId?: number; publishedAt?: Date | null; headline?: string; bodyMarkdown?: string } = {},
) {
  const status = data.status ?? 'DRAFT';
  const publishedAt = data.publishedAt !== undefined ? data.publishedAt : ['PUBLISHED', 'UNPUBLISHED'].includes(status) ? new Date('2024-05-01T00:00:00Z') : null;
  const listedAt = status === 'PUBLISHED' ? publishedAt : null;
  return db.article.create({
    data: {
      slug: uniqueKey('story'),
      status,
      headline: data.headline ?? 'Seoul and Washington resume talks',
      bodyMarkdown: data.bodyMarkdown ?? 'Diplomats met on **Monday**.',
      bodyHtml: '<p>Diplomats met on <strong>Monday</strong>.</p>',
      sectionId: fixture.section.id,
      createdById: data.createdById,
      publishedAt,
      authors: { create: [{ authorId: data.authorId ?? fixture.author.id, position: 0, listedAt }] },
      topics: { create: [{ topicId: fixture.topic.id, position: 0, listedAt }] },
    },
  });
}

/** The editor's fields for a story, as the editor would send them back unchanged. */
export function editorFields(story: { id: number; version: number; slug: string; headline: string; bodyMarkdown: string; sectionId: number }, authorId: number, extra: Record<string, unknown> = {}) {
  return {
    id: story.id,
    version: story.version,
    headline: story.headline,
    subheadlines: [],
    summary: '',
    bodyMarkdown: story.bodyMarkdown,
    kind: 'NEWS',
    sectionId: story.sectionId,
    topicIds: [],
    tags: [],
    authors: [{ authorId, role: null }],
    leadImageId: null,
    gallery: [],
    relatedPins: [],
    originalUrl: '',
    videoUrl: '',
    seoTitle: '',
    seoDescription: '',
    slug: story.slug,
    frontPagePlacement: 'NONE',
    frontPageRank: 0,
    ...extra,
  };
}
