// The newsroom's article pages, so actions, lists and the editor link to the same places.

export const articleAdminPaths = {
  list: () => '/admin/articles',
  create: () => '/admin/articles/new',
  edit: (id: number) => `/admin/articles/${id}`,
  revisions: (id: number) => `/admin/articles/${id}/revisions`,
  compare: (id: number, from: number, to: number) => `/admin/articles/${id}/revisions?from=${from}&to=${to}`,
  /** `token` from previewToken (src/lib/auth/preview-token.ts): without it the preview is a 404. */
  preview: (id: number, token: string) => `/preview/articles/${id}?token=${encodeURIComponent(token)}`,
};

