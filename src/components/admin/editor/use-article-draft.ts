'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { saveArticleAction } from '@/lib/articles/actions';
import type { EditorArticle } from '@/lib/articles/edit-queries';
import type { ArticleFields } from '@/lib/articles/schema';
import type { FieldErrors } from '@/lib/auth/action-error';
import { clearLocalDraft, readLocalDraft, sameFields, writeLocalDraft } from './local-draft';
import type { SaveState } from './save-status';
import { useSaveOnLeave } from './use-save-on-leave';

// The editor's memory: the fields as typed, the server's last saved version, and what state
// the work is in. Drafts save themselves a moment after typing stops (and at least every
// MAX_WAIT_MS while typing goes on), when the tab is hidden and when the editor closes.
// A published story is never autosaved: its changes wait for "Update", kept on this device.

const AUTOSAVE_DELAY_MS = 2_000;
const MAX_WAIT_MS = 10_000;
const RETRY_MS = 5_000;

export type WorkflowState = { status: string; scheduledAt: string | null; publishedAt: string | null };
type Server = WorkflowState & { version: number; fields: ArticleFields };

function serverOf(article: EditorArticle): Server {
  return { version: article.version, fields: article.fields, status: article.status, scheduledAt: article.scheduledAt, publishedAt: article.publishedAt };
}

export function useArticleDraft(article: EditorArticle) {
  const [fields, setFields] = useState(article.fields);
  const [server, setServerState] = useState<Server>(() => serverOf(article));
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: article.updatedAt });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [restored, setRestored] = useState(false);
  const latest = useRef({ fields, server, state });
  useLayoutEffect(() => {
    latest.current = { fields, server, state };
  });
  const inFlight = useRef<Promise<boolean> | null>(null);
  const dirtySince = useRef<number | null>(null);
  /** Fields the server refused as they are: not sent again until they change. */
  const refused = useRef<ArticleFields | null>(null);
  const [failures, setFailures] = useState(0);

  const setServer = useCallback((next: Server) => {
    latest.current.server = next;
    setServerState(next);
  }, []);
  const autosaves = server.status !== 'PUBLISHED';
  const dirty = !sameFields(fields, server.fields);

  const save = useCallback(async (autosave: boolean): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const { fields: sent, server: base, state: current } = latest.current;
    if (current.kind === 'conflict') return false;
    if (sameFields(sent, base.fields)) return true;
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const result = await saveArticleAction(null, { ...sent, id: article.id, version: base.version, autosave });
        if (result.ok) {
          setServer({ ...latest.current.server, version: result.data.version, fields: sent, status: result.data.status });
          setFieldErrors({});
          setState({ kind: 'saved', at: result.data.savedAt });
          if (sameFields(latest.current.fields, sent)) clearLocalDraft(article.id);
          dirtySince.current = null;
          return true;
        }
        setFieldErrors(result.fieldErrors ?? {});
        if (result.error === 'invalid' || result.error === 'forbidden' || result.error === 'not-found') refused.current = sent;
        if (result.error === 'unauthenticated') setFailures((n) => n + 1);
        if (result.error === 'conflict') setState({ kind: 'conflict', message: result.message, theirs: result.current as EditorArticle });
        else if (result.error === 'invalid') setState({ kind: 'invalid', message: result.message });
        else if (result.error === 'unauthenticated') setState({ kind: 'signed-out' });
        else setState({ kind: 'error', message: result.message });
        return false;
      } catch {
        setState({ kind: 'offline' });
        setFailures((n) => n + 1);
        return false;
      }
    })();
    inFlight.current = attempt;
    const saved = await attempt;
    inFlight.current = null;
    return saved;
  }, [article.id, setServer]);

  // What the browser kept from an earlier visit: restored when it was based on this version,
  // otherwise offered as a conflict with what the server has now.
  const checkedDevice = useRef(false);
  useEffect(() => {
    if (checkedDevice.current) return;
    checkedDevice.current = true;
    const local = readLocalDraft(article.id);
    if (!local || sameFields(local.fields, article.fields)) return clearLocalDraft(article.id);
    /* eslint-disable react-hooks/set-state-in-effect -- restoring from localStorage can only happen after mount */
    setRestored(true);
    if (local.baseVersion === article.version) {
      setFields(local.fields);
    } else {
      setFields(local.fields);
      setServer({ ...serverOf(article), version: local.baseVersion, fields: local.base });
      setState({ kind: 'conflict', message: 'This story changed on the server after your last edits on this device.', theirs: article });
    }
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [article, setServer]);

  useEffect(() => {
    if (!dirty) {
      dirtySince.current = null;
      return;
    }
    dirtySince.current ??= Date.now();
    const kept = writeLocalDraft(article.id, { fields, base: server.fields, baseVersion: server.version, savedAt: Date.now() });
    if (!kept) console.warn('This browser would not keep a copy of the unsaved text.');
    if (!autosaves || state.kind === 'conflict' || (refused.current && sameFields(refused.current, fields))) return;
    const waited = Date.now() - dirtySince.current;
    const delay = ['offline', 'signed-out', 'error'].includes(state.kind) ? RETRY_MS : Math.max(0, Math.min(AUTOSAVE_DELAY_MS, MAX_WAIT_MS - waited));
    const timer = setTimeout(() => void save(true), delay);
    return () => clearTimeout(timer);
  }, [article.id, autosaves, dirty, fields, save, server, state.kind, failures]);

  useSaveOnLeave(() => {
    const { fields: typed, server: saved } = latest.current;
    if (sameFields(typed, saved.fields)) return false;
    if (saved.status !== 'PUBLISHED') void save(true);
    return true;
  });

  const update = useCallback((patch: Partial<ArticleFields>) => setFields((previous) => ({ ...previous, ...patch })), []);

  /** After a conflict: the server's version becomes the base, and `next` the text in the editor. */
  const resolve = useCallback((theirs: EditorArticle, next: ArticleFields) => {
    const settled = sameFields(next, theirs.fields);
    const nextState: SaveState = { kind: 'saved', at: theirs.updatedAt };
    setServer(serverOf(theirs));
    latest.current = { ...latest.current, fields: next, state: nextState };
    setFields(next);
    setFieldErrors({});
    setState(nextState);
    if (settled) clearLocalDraft(article.id);
  }, [article.id, setServer]);

  const afterStep = useCallback((step: WorkflowState & { version: number }) => {
    setServer({ ...latest.current.server, ...step });
    setState({ kind: 'saved', at: new Date().toISOString() });
  }, [setServer]);

  const conflict = useCallback((message: string, theirs: EditorArticle) => setState({ kind: 'conflict', message, theirs }), []);
  const currentVersion = useCallback(() => latest.current.server.version, []);

  // Unsaved edits after a save: waiting for the next autosave, or (published) for "Update".
  const shown: SaveState = state.kind === 'saved' && dirty ? { kind: autosaves ? 'dirty' : 'held' } : state;
  return { fields, update, server, state: shown, fieldErrors, dirty, restored, save, resolve, afterStep, conflict, currentVersion };
}
