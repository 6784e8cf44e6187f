// The directory's admin pages, so actions, lists and forms link to the same places.

export const directoryPaths = {
  authors: () => '/admin/authors',
  newAuthor: () => '/admin/authors/new',
  author: (id: number) => `/admin/authors/${id}`,
  sections: () => '/admin/sections',
  newSection: () => '/admin/sections/new',
  section: (id: number) => `/admin/sections/${id}`,
  topics: () => '/admin/topics',
  newTopic: () => '/admin/topics/new',
  topic: (id: number) => `/admin/topics/${id}`,
  users: () => '/admin/users',
  newUser: () => '/admin/users/new',
  user: (id: number) => `/admin/users/${id}`,
};

/** A list page after a save: `?saved=` names what changed, for the confirmation line. */
export function savedPath(listPath: string, name: string): string {
  return `${listPath}?saved=${encodeURIComponent(name)}`;
}

/** The record id in an edit page's URL, or null when the segment is not a plain positive number. */
export function idFromParam(segment: string): number | null {
  return /^[1-9]\d{0,9}$/.test(segment) && Number(segment) <= 2_147_483_647 ? Number(segment) : null;
}
