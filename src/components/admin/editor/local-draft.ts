import type { ArticleFields } from '@/lib/articles/schema';

// The browser's copy of unsaved work, per article: whatever happens to the network or the
// database, what was typed survives a reload. `base` is the server version the edits started
// from, so a later conflict can still be merged three ways.

export type LocalDraft = { fields: ArticleFields; base: ArticleFields; baseVersion: number; savedAt: number };

const keyFor = (articleId: number) => `newsroom:article:${articleId}`;

export function readLocalDraft(articleId: number): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(keyFor(articleId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

/** False when the browser refuses (private mode, storage full): the status line then says so. */
export function writeLocalDraft(articleId: number, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(keyFor(articleId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(articleId: number): void {
  try {
    window.localStorage.removeItem(keyFor(articleId));
  } catch {
    // Nothing was stored.
  }
}

export const sameFields = (a: ArticleFields, b: ArticleFields) => JSON.stringify(a) === JSON.stringify(b);
