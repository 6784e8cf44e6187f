import { describe, expect, test } from 'vitest';
import type { ArticleStatus } from '@/generated/prisma/enums';
import {
  can,
  canDeleteArticle,
  canEditArticle,
  canEditMedia,
  canSubmitArticle,
  hasRole,
  type Actor,
  type Permission,
} from '@/lib/auth/permissions';

const reporter: Actor = { id: 1, role: 'REPORTER', authorId: 10 };
const otherReporter: Actor = { id: 2, role: 'REPORTER', authorId: 20 };
const unlinkedReporter: Actor = { id: 3, role: 'REPORTER', authorId: null };
const editor: Actor = { id: 4, role: 'EDITOR', authorId: null };
const admin: Actor = { id: 5, role: 'ADMIN', authorId: null };

const statuses: ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'];
const story = (status: ArticleStatus, createdById: number | null = 1, authorIds: number[] = []) => ({ status, createdById, authorIds });

describe('role permissions', () => {
  test.each<[Permission, boolean, boolean, boolean]>([
    ['article:create', true, true, true],
    ['media:upload', true, true, true],
    ['directory:view', true, true, true],
    ['article:edit-any', false, true, true],
    ['article:publish', false, true, true],
    ['article:schedule', false, true, true],
    ['article:unpublish', false, true, true],
    ['article:correct', false, true, true],
    ['article:place', false, true, true],
    ['directory:manage', false, false, true],
    ['user:manage', false, false, true],
  ])('%s: reporter %s, editor %s, admin %s', (permission, forReporter, forEditor, forAdmin) => {
    expect([can(reporter, permission), can(editor, permission), can(admin, permission)]).toEqual([forReporter, forEditor, forAdmin]);
  });

  test('nobody signed in may do anything', () => {
    expect(can(null, 'article:create')).toBe(false);
    expect(hasRole(null, 'REPORTER')).toBe(false);
    expect(canEditArticle(null, story('DRAFT'))).toBe(false);
  });

  test('roles rank reporter below editor below admin', () => {
    expect([hasRole(reporter, 'EDITOR'), hasRole(editor, 'EDITOR'), hasRole(admin, 'EDITOR')]).toEqual([false, true, true]);
    expect([hasRole(editor, 'ADMIN'), hasRole(admin, 'ADMIN'), hasRole(reporter, 'REPORTER')]).toEqual([false, true, true]);
  });
});

describe('editing an article', () => {
  test('a reporter edits a story they started while it is a draft or in review, and not after', () => {
    expect(statuses.filter((status) => canEditArticle(reporter, story(status, reporter.id)))).toEqual(['DRAFT', 'IN_REVIEW']);
  });

  test('a reporter whose author is on the byline counts as an owner of the story', () => {
    expect(canEditArticle(reporter, story('DRAFT', 99, [30, 10]))).toBe(true);
    expect(canEditArticle(reporter, story('PUBLISHED', 99, [10]))).toBe(false);
  });

  test('a reporter cannot edit a colleague’s story, and an unlinked reporter only their own', () => {
    expect(canEditArticle(otherReporter, story('DRAFT', reporter.id, [10]))).toBe(false);
    expect(canEditArticle(unlinkedReporter, story('DRAFT', 99, [10]))).toBe(false);
    expect(canEditArticle(unlinkedReporter, story('DRAFT', unlinkedReporter.id))).toBe(true);
    expect(canEditArticle(reporter, story('DRAFT', null, []))).toBe(false);
  });

  test('editors and admins edit any story in any status', () => {
    for (const status of statuses) {
      expect(canEditArticle(editor, story(status, 99))).toBe(true);
      expect(canEditArticle(admin, story(status, null))).toBe(true);
    }
  });

  test('only drafts are submitted for review, by someone who may edit them', () => {
    expect(canSubmitArticle(reporter, story('DRAFT', reporter.id))).toBe(true);
    expect(canSubmitArticle(reporter, story('IN_REVIEW', reporter.id))).toBe(false);
    expect(canSubmitArticle(otherReporter, story('DRAFT', reporter.id))).toBe(false);
    expect(canSubmitArticle(editor, story('DRAFT', 99))).toBe(true);
  });

  test('reporters delete only their own drafts; editors anything unpublished; admins anything', () => {
    expect(canDeleteArticle(reporter, story('DRAFT', reporter.id))).toBe(true);
    expect(canDeleteArticle(reporter, story('IN_REVIEW', reporter.id))).toBe(false);
    expect(canDeleteArticle(editor, story('UNPUBLISHED', 99))).toBe(true);
    expect(canDeleteArticle(editor, story('PUBLISHED', 99))).toBe(false);
    expect(canDeleteArticle(admin, story('PUBLISHED', 99))).toBe(true);
  });
});

test('a photo is edited by its uploader or by an editor', () => {
  expect(canEditMedia(reporter, { uploadedById: reporter.id })).toBe(true);
  expect(canEditMedia(reporter, { uploadedById: otherReporter.id })).toBe(false);
  expect(canEditMedia(reporter, { uploadedById: null })).toBe(false);
  expect(canEditMedia(editor, { uploadedById: null })).toBe(true);
});
