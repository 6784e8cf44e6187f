// The newsroom's article pages, so actions, lists and the editor link to the same places.

export const articleAdminPaths = {
  list: () => '/admin/articles',
  create: () => '/admin/articles/new',
  edit: (id: number) => `/admin/articles/${id}`,
  revisions: (id: number) => `/admin/articles/${id}/revisions`,
  compare: (id: number, from: number, to: number) => `/admin/articles/${id}/revisions?from=${from}&to=${to}`,
  preview: (id: number) => `/preview/articles/${id}`,
};

