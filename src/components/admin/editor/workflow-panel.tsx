'use client';

import { useState } from 'react';
import { publishArticleAction, returnToDraftAction, scheduleArticleAction, submitArticleAction, unpublishArticleAction } from '@/lib/articles/actions';
import type { EditorArticle } from '@/lib/articles/edit-queries';
import { availableSteps, statusLabels, type WorkflowStep } from '@/lib/articles/workflow-rules';
import type { ActionResult } from '@/lib/auth/action';
import type { Actor, ArticleAccess } from '@/lib/auth/permissions';
import { formatKst, toKstIso } from '@/lib/time/kst';
import type { WorkflowState } from './use-article-draft';

// The story's status and the steps this user may take from it. Unsaved edits are saved first,
// so what goes out is what is on the screen.

type StepResult = ActionResult<WorkflowState & { version: number }>;

type Props = {
  articleId: number;
  user: Actor;
  access: ArticleAccess;
  scheduledAt: string | null;
  prepare: () => Promise<number | null>;
  onDone: (result: WorkflowState & { version: number }) => void;
  onConflict: (message: string, theirs: EditorArticle) => void;
};

const inOneHour = () => toKstIso(new Date(Date.now() + 3_600_000)).slice(0, 16);

export function WorkflowPanel({ articleId, user, access, scheduledAt, prepare, onDone, onConflict }: Props) {
  const [busy, setBusy] = useState<WorkflowStep | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [when, setWhen] = useState(scheduledAt ? toKstIso(new Date(scheduledAt)).slice(0, 16) : inOneHour());
  const steps = availableSteps(user, access);

  async function run(step: WorkflowStep, call: (ref: { id: number; version: number }) => Promise<StepResult>) {
    if (step === 'unpublish' && !window.confirm('Take this story off the site? Its address will answer “gone” until it is republished.')) return;
    setBusy(step);
    setMessage(null);
    try {
      const version = await prepare();
      if (version === null) return setMessage('The story could not be saved first; see the status line.');
      const result = await call({ id: articleId, version });
      if (result.ok) onDone(result.data);
      else if (result.error === 'conflict') onConflict(result.message, result.current as EditorArticle);
      else setMessage([result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(' '));
    } catch {
      setMessage('The newsroom could not be reached. Nothing was changed; try again.');
    } finally {
      setBusy(null);
    }
  }

  const button = (step: WorkflowStep, label: string, call: (ref: { id: number; version: number }) => Promise<StepResult>) =>
    steps.includes(step) ? (
      <button type="button" className="admin-button" disabled={busy !== null} onClick={() => run(step, call)}>
        {busy === step ? 'Working…' : label}
      </button>
    ) : null;

  return (
    <section className="editor-panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Status: <span data-testid="article-status">{statusLabels[access.status]}</span></h2>
      {access.status === 'SCHEDULED' && scheduledAt ? <p>Goes out {formatKst(new Date(scheduledAt))}.</p> : null}
      <div className="workflow-buttons">
        {button('submit', 'Submit for review', (ref) => submitArticleAction(null, ref))}
        {button('publish', access.status === 'UNPUBLISHED' ? 'Republish' : 'Publish now', (ref) => publishArticleAction(null, ref))}
        {button('unpublish', 'Unpublish', (ref) => unpublishArticleAction(null, ref))}
        {button('return', access.status === 'SCHEDULED' ? 'Unschedule (back to draft)' : 'Return to draft', (ref) => returnToDraftAction(null, ref))}
      </div>
      {steps.includes('schedule') ? (
        <div className="schedule-row">
          <label htmlFor="scheduledAt">Publish at (KST)</label>
          <input id="scheduledAt" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
          <button type="button" disabled={busy !== null || !when} onClick={() => run('schedule', (ref) => scheduleArticleAction(null, { ...ref, scheduledAt: `${when}:00+09:00` }))}>
            {busy === 'schedule' ? 'Working…' : access.status === 'SCHEDULED' ? 'Reschedule' : 'Schedule'}
          </button>
        </div>
      ) : null}
      {message ? <p className="admin-error" role="alert">{message}</p> : null}
    </section>
  );
}
