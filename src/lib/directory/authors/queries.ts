import { db } from '@/lib/db/client';

// The directory's reads of authors, for the newsroom's own pages (every author, no filter).

export function listAuthors() {
  return db.author.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, jobTitle: true, isColumnist: true, user: { select: { email: true } } },
  });
}

export function getAuthorForEdit(id: number) {
  return db.author.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, jobTitle: true, email: true, bio: true, isColumnist: true, version: true },
  });
}

export type AuthorForEdit = NonNullable<Awaited<ReturnType<typeof getAuthorForEdit>>>;

/** For a user's "linked author" choice. */
export function listAuthorOptions() {
  return db.author.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, slug: true } });
}
