import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db/client';
import { kstDay } from '@/lib/time/kst';
import { placedOrder } from './placement';
import type { ArticleListQuery } from './schema';

// The newsroom's lists of articles, in every status: the article list and the dashboard.

export const ARTICLES_PER_PAGE = 25;

const rowSelect = {
  id: true,
  headline: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  createdById: true,
  section: { select: { name: true } },
  authors: { orderBy: { position: 'asc' }, select: { authorId: true, author: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

type Row = Prisma.ArticleGetPayload<{ select: typeof rowSelect }>;
export type ArticleRow = Omit<Row, 'authors' | 'section'> & { section: string; bylines: string[]; authorIds: number[] };

const toRow = ({ authors, section, ...row }: Row): ArticleRow => ({
  ...row,
  section: section.name,
  bylines: authors.map((a) => a.author.name),
  authorIds: authors.map((a) => a.authorId),
});

const orderings: Record<ArticleListQuery['sort'], Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  published: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
  scheduled: [{ scheduledAt: { sort: 'asc', nulls: 'last' } }, { id: 'desc' }],
  headline: [{ headline: 'asc' }, { id: 'asc' }],
};

export async function listArticles(query: ArticleListQuery) {
  const where: Prisma.ArticleWhereInput = {
    status: query.status,
    ...(query.section ? { OR: [{ sectionId: query.section }, { section: { parentId: query.section } }] } : {}),
    ...(query.author ? { authors: { some: { authorId: query.author } } } : {}),
    ...(query.q ? { AND: [{ OR: [{ headline: { contains: query.q, mode: 'insensitive' } }, { slug: { contains: query.q.toLowerCase() } }] }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({ where, orderBy: orderings[query.sort], skip: (query.page - 1) * ARTICLES_PER_PAGE, take: ARTICLES_PER_PAGE, select: rowSelect }),
  ]);
  return { rows: rows.map(toRow), total, pageCount: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)) };
}

/** The dashboard: my drafts, stories waiting for an editor, the schedule, and today's most read. */
export async function getDashboard(user: { id: number; authorId: number | null }, now = new Date()) {
  const mine: Prisma.ArticleWhereInput[] = [{ createdById: user.id }, ...(user.authorId ? [{ authors: { some: { authorId: user.authorId } } }] : [])];
  const [drafts, inReview, scheduled, mostViewed] = await Promise.all([
    db.article.findMany({ where: { status: 'DRAFT', OR: mine }, orderBy: { updatedAt: 'desc' }, take: 10, select: rowSelect }),
    db.article.findMany({ where: { status: 'IN_REVIEW' }, orderBy: { updatedAt: 'asc' }, take: 20, select: rowSelect }),
    db.article.findMany({ where: { status: 'SCHEDULED' }, orderBy: { scheduledAt: 'asc' }, take: 20, select: rowSelect }),
    mostViewedToday(now),
  ]);
  return { drafts: drafts.map(toRow), inReview: inReview.map(toRow), scheduled: scheduled.map(toRow), mostViewed };
}

/** Views since midnight in Seoul, of stories that are still published. */
async function mostViewedToday(now: Date) {
  const since = new Date(`${kstDay(now)}T00:00:00+09:00`);
  const ranked = await db.articleViewBucket.groupBy({
    by: ['articleId'],
    where: { hour: { gte: since }, article: { status: 'PUBLISHED' } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: 'desc' } }, { articleId: 'desc' }],
    take: 10,
  });
  const articles = await db.article.findMany({ where: { id: { in: ranked.map((r) => r.articleId) } }, select: { id: true, headline: true } });
  return ranked.flatMap((r) => {
    const article = articles.find((a) => a.id === r.articleId);
    return article ? [{ ...article, views: r._sum.views ?? 0 }] : [];
  });
}

/** Published stories an editor may pin as related, by headline. */
export async function findPinnableArticles(query: string, exceptId: number) {
  return db.article.findMany({
    where: { status: 'PUBLISHED', id: { not: exceptId }, ...(query ? { headline: { contains: query, mode: 'insensitive' } } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 10,
    select: { id: true, headline: true, status: true },
  });
}

export type FrontPageLead = { id: number; headline: string; frontPageRank: number };

/** The story the front page leads with by its editors' choice, picked as the front page picks it (or null: the newest leads). */
export async function findFrontPageLead(): Promise<FrontPageLead | null> {
  return db.article.findFirst({ where: { status: 'PUBLISHED', frontPagePlacement: 'LEAD' }, orderBy: placedOrder, select: { id: true, headline: true, frontPageRank: true } });
}

/** What the editor's pickers offer: sections (subsections named with their parent), authors, topics. */
export async function getEditorOptions() {
  const [sections, authors, topics] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, parentId: true, parent: { select: { name: true } } } }),
    db.author.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, jobTitle: true } }),
    db.topic.findMany({ orderBy: [{ featured: 'desc' }, { position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
  ]);
  return {
    sections: sections.map((s) => ({ id: s.id, name: s.parent ? `${s.parent.name} › ${s.name}` : s.name })).sort((a, b) => a.name.localeCompare(b.name)),
    authors,
    topics,
  };
}

export type EditorOptions = Awaited<ReturnType<typeof getEditorOptions>>;
