'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { EditorOptions, FrontPageLead } from '@/lib/articles/admin-queries';
import type { DisplayNames } from '@/lib/articles/compare';
import type { EditorArticle, PinSummary } from '@/lib/articles/edit-queries';
import { articleAdminPaths } from '@/lib/articles/paths';
import type { ArticleFields } from '@/lib/articles/schema';
import type { Actor } from '@/lib/auth/permissions';
import type { MediaSummary } from '@/lib/media/summary';
import { ArticleForm, type PickPhoto } from './article-form';
import { ConflictPanel } from './conflict-panel';
import { CorrectionsPanel } from './corrections-panel';
import { MediaPicker } from './media-picker';
import { SaveStatus } from './save-status';
import { useArticleDraft } from './use-article-draft';
import { WorkflowPanel } from './workflow-panel';
import './editor.css';

type Props = {
  article: EditorArticle;
  options: EditorOptions;
  user: Actor;
  canCorrect: boolean;
  canPlace: boolean;
  frontPageLead: FrontPageLead | null;
  /** The full-page preview's secret address (it carries a token only the server can make). */
  previewPath: string;
};

const byId = <T extends { id: number }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.id, row])) as Record<number, T>;
const namesOf = <T extends { id: number }>(rows: Record<number, T>, name: (row: T) => string) =>
  Object.fromEntries(Object.values(rows).map((row) => [row.id, name(row)])) as Record<number, string>;

/** The article editor: the form, its save state, the workflow, corrections and conflicts. */
export function ArticleEditor({ article, options, user, canCorrect, canPlace, frontPageLead, previewPath }: Props) {
  const draft = useArticleDraft(article);
  const { fields, server, state } = draft;
  const [media, setMedia] = useState(() => byId(article.media));
  const [pins, setPins] = useState(() => byId(article.pins));
  const [picker, setPicker] = useState<{ title: string; choose: (media: MediaSummary) => void } | null>(null);
  const [generation, setGeneration] = useState(0);

  const remember = (more: { media?: MediaSummary[]; pins?: PinSummary[] }) => {
    if (more.media?.length) setMedia((known) => ({ ...known, ...byId(more.media!) }));
    if (more.pins?.length) setPins((known) => ({ ...known, ...byId(more.pins!) }));
  };
  const onPick: PickPhoto = (title, choose) => setPicker({ title, choose: (photo) => { remember({ media: [photo] }); choose(photo); } });

  const names: DisplayNames = {
    sections: namesOf(byId(options.sections), (s) => s.name),
    authors: namesOf(byId(options.authors), (a) => a.name),
    topics: namesOf(byId(options.topics), (t) => t.name),
    media: namesOf(media, (m) => m.caption || m.alt),
    articles: namesOf(pins, (p) => p.headline),
  };

  const resolve = async (theirs: EditorArticle, next: ArticleFields, save: boolean) => {
    remember({ media: theirs.media, pins: theirs.pins });
    draft.resolve(theirs, next);
    setGeneration((n) => n + 1);
    if (save) await draft.save(false);
  };

  const published = server.status === 'PUBLISHED';
  const access = { status: server.status as EditorArticle['status'], createdById: article.createdById, authorIds: server.fields.authors.map((a) => a.authorId) };

  return (
    <div className="article-editor">
      <div className="editor-head">
        <h1>{fields.headline || 'Untitled story'}</h1>
        <SaveStatus state={state} />
        <nav className="editor-links" aria-label="This story">
          <a href={previewPath} target="_blank" rel="noopener">Preview as readers will see it</a>
          <Link href={articleAdminPaths.revisions(article.id)}>Revisions</Link>
          {published && article.publicPath ? <a href={article.publicPath} target="_blank" rel="noopener">View on the site</a> : null}
        </nav>
      </div>
      {draft.restored && state.kind !== 'conflict' ? <p className="admin-notice" data-tone="ok" role="status">Unsaved changes from this device were restored.</p> : null}
      {state.kind === 'conflict' ? (
        <ConflictPanel key={state.theirs.version} message={state.message} base={server.fields} mine={fields} theirs={state.theirs} names={names}
          onResolve={(next, save) => resolve(state.theirs, next, save)} />
      ) : null}
      <div className="editor-columns">
        <ArticleForm key={generation} articleId={article.id} fields={fields} update={draft.update} errors={draft.fieldErrors} options={options}
          media={media} pins={pins} onPins={(found) => remember({ pins: found })} onPick={onPick} slugFollowsHeadline={!server.publishedAt}
          canPlace={canPlace} frontPageLead={frontPageLead} />
        <aside className="editor-side">
          <button type="button" className="admin-button editor-save" disabled={state.kind === 'saving' || state.kind === 'conflict'} onClick={() => void draft.save(false)}>
            {published ? 'Update' : 'Save'}
          </button>
          <WorkflowPanel articleId={article.id} user={user} access={access} scheduledAt={server.scheduledAt}
            prepare={async () => ((await draft.save(false)) ? draft.currentVersion() : null)}
            onDone={draft.afterStep} onConflict={draft.conflict} />
          <CorrectionsPanel articleId={article.id} corrections={article.corrections} canAdd={canCorrect && Boolean(server.publishedAt)} />
        </aside>
      </div>
      {picker ? <MediaPicker title={picker.title} onChoose={picker.choose} onClose={() => setPicker(null)} /> : null}
    </div>
  );
}
