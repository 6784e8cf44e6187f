/** The confirmation a list page shows after a save redirected to it (`?saved=Name`). */
export function SavedNotice({ saved }: { saved?: string | string[] }) {
  if (typeof saved !== 'string' || saved === '') return null;
  return <p className="admin-notice" data-tone="ok" role="status">Saved “{saved}”.</p>;
}
