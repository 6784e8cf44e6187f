import type { Prisma } from '@/generated/prisma/client';
import { replaceArticleRows, replacePins } from '@/lib/articles/article-rows';
import { recordRevision } from '@/lib/articles/revisions';
import { snapshotInclude } from '@/lib/articles/snapshot';
import { toSlug } from '@/lib/slug';
import type { ArticleSource, ContentBundle } from './load-content';
import { emptyCounts, sameRows, upsertBy, type Counts } from './sync';
import type { DirectoryIds } from './write-directory';

type Tx = Prisma.TransactionClient;
type Rendered = Map<string, { html: string; summary: string }>;

const placement = { lead: 'LEAD', top: 'TOP' } as const;

function articleData(source: ArticleSource, rendered: { html: string; summary: string }, ids: DirectoryIds) {
  const { data } = source;
  return {
    status: data.status.toUpperCase() as 'PUBLISHED',
    kind: data.kind.toUpperCase() as 'NEWS',
    headline: data.headline,
    subheadlines: data.subheadlines,
    summary: rendered.summary,
    bodyMarkdown: source.body,
    bodyHtml: rendered.html,
    sectionId: ids.sections.get(data.section)!,
    leadImageId: data.leadImage ? ids.media.get(data.leadImage.file)! : null,
    videoUrl: data.video ?? null,
    seoTitle: data.seo?.title ?? null,
    seoDescription: data.seo?.description ?? null,
    originalUrl: data.original?.url ?? null,
    frontPagePlacement: data.frontPage ? placement[data.frontPage] : ('NONE' as const),
    frontPageRank: data.frontPageRank,
    publishedAt: data.publishedAt,
    modifiedAt: data.modifiedAt ?? null,
  };
}

/** The join rows an article should have; `listedAt` is its publish time while it is public. */
function joinRows(source: ArticleSource, ids: DirectoryIds) {
  const { data } = source;
  const listedAt = data.status === 'published' ? data.publishedAt : null;
  return {
    authors: data.authors.map((a, position) => ({ authorId: ids.authors.get(a.slug)!, position, role: a.role ?? null, listedAt })),
    topics: data.topics.map((slug, position) => ({ topicId: ids.topics.get(slug)!, position, listedAt })),
    tags: data.tags.map((name, position) => ({ tagId: ids.tags.get(toSlug(name, 'tag'))!, position, listedAt })),
    gallery: data.gallery.map((photo, position) => ({ mediaId: ids.media.get(photo.file)!, position, caption: null })),
    corrections: data.corrections.map((c) => ({ createdAt: c.date, text: c.text })),
  };
}

async function syncJoins(tx: Tx, articleId: number, rows: ReturnType<typeof joinRows>): Promise<boolean> {
  const current = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      authors: { orderBy: { position: 'asc' }, select: { authorId: true, position: true, role: true, listedAt: true } },
      topics: { orderBy: { position: 'asc' }, select: { topicId: true, position: true, listedAt: true } },
      tags: { orderBy: { position: 'asc' }, select: { tagId: true, position: true, listedAt: true } },
      gallery: { orderBy: { position: 'asc' }, select: { mediaId: true, position: true, caption: true } },
      corrections: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, text: true } },
    },
  });
  let changed = false;
  const where = { articleId };
  const sync = async <T>(key: keyof typeof rows, replace: () => Promise<T>) => {
    if (!sameRows(current[key] as unknown[], rows[key] as unknown[])) {
      changed = true;
      await replace();
    }
  };
  for (const key of ['authors', 'topics', 'tags', 'gallery'] as const) {
    await sync(key, () => replaceArticleRows(tx, articleId, { [key]: rows[key] }));
  }
  await sync('corrections', async () => { await tx.correction.deleteMany({ where }); await tx.correction.createMany({ data: rows.corrections.map((r) => ({ ...r, articleId })) }); });
  return changed;
}

async function syncPins(tx: Tx, articleId: number, pinnedIds: number[]): Promise<boolean> {
  const current = await tx.relatedArticle.findMany({ where: { articleId, pinned: true }, orderBy: { position: 'asc' }, select: { relatedArticleId: true } });
  if (sameRows(current.map((r) => r.relatedArticleId), pinnedIds)) return false;
  await replacePins(tx, articleId, pinnedIds);
  return true;
}

export async function writeArticles(tx: Tx, bundle: ContentBundle, rendered: Rendered, ids: DirectoryIds): Promise<Counts> {
  const counts = emptyCounts();
  const articleIds = new Map<string, number>();
  const touched = new Set<number>();
  for (const source of bundle.articles) {
    const data = articleData(source, rendered.get(source.slug)!, ids);
    const existing = await tx.article.findUnique({ where: { slug: source.slug } });
    const before = counts.unchanged;
    const id = await upsertBy(counts, existing, data,
      () => tx.article.create({ data: { slug: source.slug, ...data } }),
      (articleId) => tx.article.update({ where: { id: articleId }, data }));
    articleIds.set(source.slug, id);
    if (await syncJoins(tx, id, joinRows(source, ids))) {
      if (counts.unchanged > before) {
        counts.unchanged -= 1;
        counts.updated += 1;
      }
    }
    if (counts.unchanged === before) touched.add(id);
  }
  for (const source of bundle.articles) {
    const id = articleIds.get(source.slug)!;
    if (await syncPins(tx, id, source.data.related.map((slug) => articleIds.get(slug)!))) touched.add(id);
  }
  for (const articleId of touched) await recordImportRevision(tx, articleId);
  return counts;
}

/** Every import that changes an article leaves a revision, as a save in the newsroom does. */
async function recordImportRevision(tx: Tx, articleId: number) {
  const last = await tx.revision.findFirst({ where: { articleId }, orderBy: { version: 'desc' }, select: { version: true } });
  const article = await tx.article.update({
    where: { id: articleId },
    data: { version: last ? last.version + 1 : 1 },
    include: snapshotInclude,
  });
  await recordRevision(tx, article, { userId: null, note: 'Imported from content/' });
}
