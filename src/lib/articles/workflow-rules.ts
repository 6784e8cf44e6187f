import type { ArticleStatus } from '@/generated/prisma/enums';
import { can, canEditArticle, canSubmitArticle, type Actor, type ArticleAccess } from '@/lib/auth/permissions';

// The story's path through the newsroom: draft -> in review -> scheduled or published ->
// unpublished, and back. Pure rules (the editor's buttons use them too); workflow.ts applies them.

export const statusLabels: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

export type WorkflowStep = 'submit' | 'return' | 'publish' | 'schedule' | 'unpublish';

type Rule = { from: readonly ArticleStatus[]; to: ArticleStatus; allowed: (user: Actor, article: ArticleAccess) => boolean; note: string };

export const workflowRules: Record<WorkflowStep, Rule> = {
  submit: { from: ['DRAFT'], to: 'IN_REVIEW', allowed: canSubmitArticle, note: 'Submitted for review' },
  return: { from: ['IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'DRAFT', allowed: canEditArticle, note: 'Returned to draft' },
  publish: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'PUBLISHED', allowed: (user) => can(user, 'article:publish'), note: 'Published' },
  schedule: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'SCHEDULED', allowed: (user) => can(user, 'article:schedule'), note: 'Scheduled' },
  unpublish: { from: ['PUBLISHED'], to: 'UNPUBLISHED', allowed: (user) => can(user, 'article:unpublish'), note: 'Unpublished' },
};

/** The steps a user may take from the story's current status, for the editor's buttons. */
export function availableSteps(user: Actor, article: ArticleAccess): WorkflowStep[] {
  return (Object.keys(workflowRules) as WorkflowStep[]).filter((step) => {
    const rule = workflowRules[step];
    return rule.from.includes(article.status) && rule.allowed(user, article);
  });
}
