import type { ArticleView, PhotoView } from '@/lib/articles/types';

// Plain views as the public pages receive them, for testing what the SEO builders make of them.

export const testSiteUrl = 'https://english.hani.test';

export function photo(key = 'a1b2c3'): PhotoView {
  const crop = (name: string, width: number, height: number) => ({ name, width, height, format: 'jpeg', key: `${key}/${name}.jpg`, bytes: 90_000 });
  return {
    id: 7,
    width: 2000,
    height: 1333,
    alt: 'Diplomats shake hands',
    caption: 'Diplomats shake hands in Seoul.',
    credit: 'Yonhap News',
    variants: [
      { name: 'w960', width: 960, height: 640, format: 'jpeg', key: `${key}/w960.jpg`, bytes: 80_000 },
      { name: 'w960', width: 960, height: 640, format: 'webp', key: `${key}/w960.webp`, bytes: 50_000 },
      crop('16x9', 1600, 900),
      crop('4x3', 1600, 1200),
      crop('1x1', 1200, 1200),
    ],
  };
}

export function articleView(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    id: 42,
    slug: 'us-reiterates-security-guarantee',
    headline: 'US reiterates security guarantee for North Korea',
    summary: 'Pompeo calls on Kim Jong-un to fulfill his promise to denuclearize.',
    kind: 'NEWS',
    section: { slug: 'north-korea', name: 'North Korea', parent: null },
    publishedAt: '2019-07-24T06:50:00.000Z',
    leadImage: photo(),
    bylines: [{ slug: 'hwang-joon-bum', name: 'Hwang Joon-bum' }],
    subheadlines: ['Calls on Kim Jong-un to fulfill his promise to denuclearize'],
    bodyHtml: '<p>US Secretary of State Mike Pompeo reiterated…</p>',
    language: 'en',
    modifiedAt: null,
    updatedAt: '2019-07-24T06:50:00.000Z',
    videoUrl: null,
    seoTitle: null,
    seoDescription: null,
    originalUrl: null,
    original: null,
    translations: [],
    authors: [
      { slug: 'hwang-joon-bum', name: 'Hwang Joon-bum', role: 'Washington correspondent', email: 'jbhwang@hani.co.kr', isColumnist: false, photo: null },
    ],
    topics: [{ slug: 'us-north-korea-diplomacy', name: 'US-North Korea diplomacy' }],
    tags: [{ slug: 'denuclearization', name: 'Denuclearization' }],
    gallery: [],
    corrections: [],
    ...overrides,
  };
}
