import type { BylineView } from '@/lib/articles/types';
import { paths } from '@/lib/urls';

/** "By Hwang Joon-bum, Washington correspondent", one line per author, with a contact address. */
export function Byline({ authors }: { authors: BylineView[] }) {
  if (authors.length === 0) return null;
  return (
    <div className="byline">
      {authors.map((author) => (
        <p key={author.slug}>
          By <a href={paths.author(author.slug)} rel="author">{author.name}</a>
          {author.role && <>, {author.role}</>}
          {author.email && (
            <>
              {' '}
              (<a href={`mailto:${author.email}`}>{author.email}</a>)
            </>
          )}
        </p>
      ))}
    </div>
  );
}
