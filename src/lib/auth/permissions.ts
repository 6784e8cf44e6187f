import type { ArticleStatus, Role } from '@/generated/prisma/enums';

// Every newsroom rule about who may do what lives here, as pure functions of the user and the
// thing acted on. Pages, server actions and route handlers call these; none decides by role itself.

export type Actor = { id: number; role: Role; authorId: number | null };

export type Permission =
  | 'article:create' // start a draft
  | 'article:edit-any' // edit someone else's story, in any status
  | 'article:publish' // publish now, and republish an unpublished story
  | 'article:schedule'
  | 'article:unpublish'
  | 'article:correct' // append a correction to a published story
  | 'article:place' // front-page placement and rank
  | 'media:upload'
  | 'media:edit-any'
  | 'directory:view' // read the lists of authors, sections and topics
  | 'directory:manage' // create and edit authors, sections and topics
  | 'user:manage';

const reporter: Permission[] = ['article:create', 'media:upload', 'directory:view'];
const editor: Permission[] = [
  ...reporter,
  'article:edit-any',
  'article:publish',
  'article:schedule',
  'article:unpublish',
  'article:correct',
  'article:place',
  'media:edit-any',
];
const admin: Permission[] = [...editor, 'directory:manage', 'user:manage'];

const grants: Record<Role, ReadonlySet<Permission>> = {
  REPORTER: new Set(reporter),
  EDITOR: new Set(editor),
  ADMIN: new Set(admin),
};

const rank: Record<Role, number> = { REPORTER: 0, EDITOR: 1, ADMIN: 2 };

export function can(user: Actor | null, permission: Permission): boolean {
  return user !== null && grants[user.role].has(permission);
}

/** True when the user's role is `role` or above it (REPORTER < EDITOR < ADMIN). */
export function hasRole(user: Actor | null, role: Role): boolean {
  return user !== null && rank[user.role] >= rank[role];
}

export type ArticleAccess = { status: ArticleStatus; createdById: number | null; authorIds: readonly number[] };

/** The user started the story, or the author they are linked to is on its byline. */
export function isOwnArticle(user: Actor, article: ArticleAccess): boolean {
  if (article.createdById !== null && article.createdById === user.id) return true;
  return user.authorId !== null && article.authorIds.includes(user.authorId);
}

// A reporter keeps working on a story while it is a draft or waiting for review (an editor may
// ask for changes); once it is scheduled, published or unpublished it belongs to the desk.
const reporterEditable: ReadonlySet<ArticleStatus> = new Set(['DRAFT', 'IN_REVIEW']);

/** May save changes to the story's content (headline, body, byline, photos, section, topics). */
export function canEditArticle(user: Actor | null, article: ArticleAccess): boolean {
  if (!user) return false;
  if (can(user, 'article:edit-any')) return true;
  return isOwnArticle(user, article) && reporterEditable.has(article.status);
}

/** May move a draft to IN_REVIEW. Editors may too, on any draft they can edit. */
export function canSubmitArticle(user: Actor | null, article: ArticleAccess): boolean {
  return article.status === 'DRAFT' && canEditArticle(user, article);
}

/** May delete the story outright. Published stories are unpublished, never deleted, except by an admin. */
export function canDeleteArticle(user: Actor | null, article: ArticleAccess): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  if (article.status === 'PUBLISHED') return false;
  if (can(user, 'article:edit-any')) return true;
  return isOwnArticle(user, article) && article.status === 'DRAFT';
}

/** May change a photo's caption, credit and alt text: editors any, everyone else their own uploads. */
export function canEditMedia(user: Actor | null, media: { uploadedById: number | null }): boolean {
  if (!user) return false;
  return can(user, 'media:edit-any') || (media.uploadedById !== null && media.uploadedById === user.id);
}
