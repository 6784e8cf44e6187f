'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/auth/action';
import { ActionError } from '@/lib/auth/action-error';
import { can, canEditArticle, type Actor, type ArticleAccess } from '@/lib/auth/permissions';
import { renderMarkdown } from '@/lib/markdown/render';
import { findPinnableArticles } from './admin-queries';
import { addCorrection } from './corrections';
import { getArticleAccess } from './edit-queries';
import { createArticle, notFound, saveArticleFields } from './mutations';
import { articleAdminPaths } from './paths';
import { revalidateArticle } from './revalidate';
import { restoreRevision } from './restore-revision';
import { articleRefSchema, correctionSchema, createArticleSchema, previewMarkdownSchema, restoreRevisionSchema, saveArticleSchema, scheduleArticleSchema } from './schema';
import { takeStep } from './workflow';
import { workflowRules, type WorkflowStep } from './workflow-rules';

// The newsroom's article actions. Each is session -> input -> permission -> write -> refresh:
// `authedAction` checks the role-level permission, then each checks the rule that depends on
// the story itself before writing.

async function authorize(id: number, user: Actor, allowed: (user: Actor, article: ArticleAccess) => boolean) {
  const article = await getArticleAccess(id);
  if (!article) throw notFound();
  if (!allowed(user, article)) throw new ActionError('forbidden', 'You do not have permission to do that to this story.');
  return article;
}

export const createArticleAction = authedAction({ schema: createArticleSchema, permission: 'article:create' }, async (input, user) => {
  const { id } = await createArticle(input, user);
  redirect(articleAdminPaths.edit(id));
});

// Front-page placement travels with the editor's fields (so revisions, comparisons and restores
// cover it), but only someone with 'article:place' changes it: anyone else's values are ignored
// and the story keeps the placement the desk gave it. Ignored rather than refused, because a
// reporter's editor sends back whatever placement it loaded, which the desk may since have changed.

export const saveArticleAction = authedAction({ schema: saveArticleSchema, permission: 'article:create' }, async (input, user) => {
  const { id, version, autosave, ...fields } = input;
  await authorize(id, user, canEditArticle);
  const meta = { userId: user.id, note: autosave ? 'Autosaved' : 'Saved', autosave };
  const { before, after, saved } = await saveArticleFields(id, version, fields, meta, { setPlacement: can(user, 'article:place') });
  await revalidateArticle(before, after);
  return saved;
});

function stepAction(step: WorkflowStep) {
  return async (input: z.output<typeof articleRefSchema> & { scheduledAt?: Date }, user: Actor) => {
    await authorize(input.id, user, workflowRules[step].allowed);
    const result = await takeStep(input.id, input.version, step, { userId: user.id, scheduledAt: input.scheduledAt });
    await revalidateArticle(result.before, result.after);
    return { version: result.version, status: result.status, scheduledAt: result.scheduledAt?.toISOString() ?? null, publishedAt: result.publishedAt?.toISOString() ?? null };
  };
}

export const submitArticleAction = authedAction({ schema: articleRefSchema, permission: 'article:create' }, stepAction('submit'));
export const returnToDraftAction = authedAction({ schema: articleRefSchema, permission: 'article:create' }, stepAction('return'));
export const publishArticleAction = authedAction({ schema: articleRefSchema, permission: 'article:publish' }, stepAction('publish'));
export const scheduleArticleAction = authedAction({ schema: scheduleArticleSchema, permission: 'article:schedule' }, stepAction('schedule'));
export const unpublishArticleAction = authedAction({ schema: articleRefSchema, permission: 'article:unpublish' }, stepAction('unpublish'));

export const addCorrectionAction = authedAction({ schema: correctionSchema, permission: 'article:correct' }, async (input, user) => {
  const footprint = await addCorrection(input.id, input.text, user.id);
  await revalidateArticle(footprint, footprint);
  return { message: 'Correction added.' };
});

export const restoreRevisionAction = authedAction({ schema: restoreRevisionSchema, permission: 'article:create' }, async (input, user) => {
  await authorize(input.id, user, canEditArticle);
  const { before, after, saved } = await restoreRevision(input.id, input.version, input.revisionId, { userId: user.id, setPlacement: can(user, 'article:place') });
  await revalidateArticle(before, after);
  return saved;
});

/** The editor's live preview: the same pipeline as the published page. */
export const previewMarkdownAction = authedAction({ schema: previewMarkdownSchema, permission: 'article:create' }, async ({ bodyMarkdown }) => ({
  html: renderMarkdown(bodyMarkdown),
}));

export const findPinnableArticlesAction = authedAction(
  { schema: z.object({ query: z.string().trim().max(200), exceptId: z.number().int().positive() }), permission: 'article:create' },
  async ({ query, exceptId }) => findPinnableArticles(query, exceptId),
);
