'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/lib/articles/actions';
import { articleAdminPaths } from '@/lib/articles/paths';

/** Restores a revision as a new version, then opens the editor on it. */
export function RestoreButton({ articleId, version, revisionId, label }: { articleId: number; version: number; revisionId: number; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setPending(true);
    setError(null);
    try {
      const result = await restoreRevisionAction(null, { id: articleId, version, revisionId });
      if (result.ok) router.push(articleAdminPaths.edit(articleId));
      else setError(result.error === 'conflict' ? 'The story changed meanwhile: reload this page and try again.' : result.message);
    } catch {
      setError('The newsroom could not be reached. Nothing was changed.');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" onClick={restore} disabled={pending}>{pending ? 'Restoring…' : label}</button>
      {error ? <p className="admin-error" role="alert">{error}</p> : null}
    </>
  );
}
