import Link from 'next/link';

/** A list page's heading, with a link to create one more when the user may. */
export function ListToolbar({ title, createHref, createLabel }: { title: string; createHref?: string; createLabel: string }) {
  return (
    <div className="admin-toolbar">
      <h1>{title}</h1>
      {createHref ? <Link className="admin-button" href={createHref}>{createLabel}</Link> : null}
    </div>
  );
}
