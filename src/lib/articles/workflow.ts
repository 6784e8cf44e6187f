import type { ArticleStatus } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { ActionError, fieldError } from '@/lib/auth/action-error';
import { db } from '@/lib/db/client';
import { renderMarkdown } from '@/lib/markdown/render';
import { refreshRelatedArticles } from '@/lib/related/refresh-related';
import { setListedAt } from './article-rows';
import { conflictError, notFound } from './mutations';
import { footprintSelect, toFootprint, type ArticleFootprint } from './revalidate';
import { loadSnapshotSource, recordRevision } from './revisions';
import { workflowRules, type WorkflowStep } from './workflow-rules';

// What each workflow step (workflow-rules.ts) writes: the status and its times, `listedAt` on
// the join rows, a re-rendered body on publish, and a revision, in one transaction.

type Tx = Prisma.TransactionClient;

type Current = Prisma.ArticleGetPayload<{ include: { authors: true } }>;

/** What a publish must have: readers never see a story without words or a byline. */
function assertPublishable(article: Current) {
  if (article.authors.length === 0) throw new ActionError('invalid', 'Add at least one byline before this story goes out.', { fieldErrors: { authors: ['Add at least one byline.'] } });
  if (article.bodyMarkdown.trim() === '') throw new ActionError('invalid', 'Write the story before it goes out.', { fieldErrors: { bodyMarkdown: ['The body is empty.'] } });
}

function stepData(step: WorkflowStep, article: Current, now: Date, scheduledAt?: Date): Prisma.ArticleUpdateManyMutationInput {
  switch (step) {
    case 'publish':
      return { status: 'PUBLISHED', publishedAt: article.publishedAt ?? now, scheduledAt: null, unpublishedAt: null, bodyHtml: renderMarkdown(article.bodyMarkdown) };
    case 'schedule':
      return { status: 'SCHEDULED', scheduledAt };
    case 'unpublish':
      return { status: 'UNPUBLISHED', unpublishedAt: now };
    default:
      return { status: workflowRules[step].to, scheduledAt: null };
  }
}

export type StepOptions = { userId: number | null; now?: Date; scheduledAt?: Date; publishedAt?: Date; note?: string };
export type StepResult = { before: ArticleFootprint; after: ArticleFootprint; version: number; status: ArticleStatus; scheduledAt: Date | null; publishedAt: Date | null };

/** Moves the story one step, in `tx`. The caller has checked `workflowRules[step].allowed`. */
export async function applyStep(tx: Tx, id: number, version: number, step: WorkflowStep, options: StepOptions): Promise<StepResult> {
  const now = options.now ?? new Date();
  const current = await tx.article.findUnique({ where: { id }, include: { authors: true } });
  if (!current) throw notFound();
  if (current.version !== version) throw await conflictError(id);
  const rule = workflowRules[step];
  if (!rule.from.includes(current.status)) {
    throw new ActionError('invalid', `A story that is ${current.status.toLowerCase().replace('_', ' ')} cannot be moved that way.`);
  }
  if (step === 'publish' || step === 'schedule') assertPublishable(current);
  if (step === 'schedule' && !(options.scheduledAt && options.scheduledAt > now)) throw fieldError('scheduledAt', 'Choose a time in the future.');
  const before = toFootprint(await tx.article.findUniqueOrThrow({ where: { id }, select: footprintSelect }));
  const data = { ...stepData(step, current, now, options.scheduledAt), ...(options.publishedAt && !current.publishedAt ? { publishedAt: options.publishedAt } : {}) };
  const { count } = await tx.article.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await conflictError(id);
  const saved = await loadSnapshotSource(tx, id);
  await setListedAt(tx, id, saved.status === 'PUBLISHED' ? saved.publishedAt : null);
  if (saved.status === 'PUBLISHED') await refreshRelatedArticles(id, tx);
  await recordRevision(tx, saved, { userId: options.userId, note: options.note ?? rule.note }, now);
  const after = toFootprint(await tx.article.findUniqueOrThrow({ where: { id }, select: footprintSelect }));
  return { before, after, version: saved.version, status: saved.status, scheduledAt: saved.scheduledAt, publishedAt: saved.publishedAt };
}

export function takeStep(id: number, version: number, step: WorkflowStep, options: StepOptions): Promise<StepResult> {
  return db.$transaction((tx) => applyStep(tx, id, version, step, options));
}
