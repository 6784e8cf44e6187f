import { beforeAll, describe, expect, test } from 'vitest';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { frontPageMetadata, pageMetadata } from '@/lib/seo/page-metadata';
import { clip } from '@/lib/seo/share';
import { articleView, photo, testSiteUrl } from '../helpers/seo-fixtures';

beforeAll(() => {
  process.env.SITE_URL = testSiteUrl;
});

describe('an article page', () => {
  test('its canonical URL is the section/slug path, without a trailing slash', () => {
    expect(articleMetadata(articleView()).alternates?.canonical).toBe(`${testSiteUrl}/north-korea/us-reiterates-security-guarantee`);
  });

  test('the editor’s SEO title and description win over the headline and summary', () => {
    const metadata = articleMetadata(articleView({ seoTitle: 'Pompeo: security guarantee', seoDescription: 'A short description.' }));
    expect(metadata.title).toBe('Pompeo: security guarantee');
    expect(metadata.description).toBe('A short description.');
    expect(metadata.openGraph?.title).toBe('US reiterates security guarantee for North Korea');
  });

  test('Open Graph says article, with KST times, author pages, section and tags', () => {
    const metadata = articleMetadata(articleView({ modifiedAt: '2019-07-25T01:00:00.000Z' }));
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: `${testSiteUrl}/north-korea/us-reiterates-security-guarantee`,
      publishedTime: '2019-07-24T15:50:00+09:00',
      modifiedTime: '2019-07-25T10:00:00+09:00',
      authors: [`${testSiteUrl}/author/hwang-joon-bum`],
      section: 'North Korea',
      tags: ['US-North Korea diplomacy', 'Denuclearization'],
      images: [{ url: `${testSiteUrl}/media/a1b2c3/16x9.jpg`, width: 1600, height: 900, alt: 'Diplomats shake hands' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  test('a story without a photo shares the publication’s card', () => {
    expect(articleMetadata(articleView({ leadImage: null })).openGraph?.images).toEqual([
      { url: `${testSiteUrl}/logo-card.png`, width: 1200, height: 630, alt: 'The Hankyoreh English Edition' },
    ]);
  });

  test('the site’s and the section’s feeds are offered for discovery', () => {
    const types = articleMetadata(articleView()).alternates?.types;
    expect(types?.['application/rss+xml']).toEqual([
      { url: `${testSiteUrl}/feed.xml`, title: 'The Hankyoreh (RSS)' },
      { url: `${testSiteUrl}/feeds/section/north-korea.xml`, title: 'North Korea : The Hankyoreh (RSS)' },
    ]);
    expect(types?.['application/atom+xml']).toEqual([
      { url: `${testSiteUrl}/atom.xml`, title: 'The Hankyoreh (Atom)' },
      { url: `${testSiteUrl}/feeds/section/north-korea.atom`, title: 'North Korea : The Hankyoreh (Atom)' },
    ]);
  });

  test('a story in one language only has no hreflang links', () => {
    expect(articleMetadata(articleView()).alternates?.languages).toBeUndefined();
  });

  test('a translation and its Korean original we publish link each other, both naming the English page as x-default', () => {
    const english = articleView({ original: { slug: 'original-ko', sectionSlug: 'north-korea', language: 'ko' } });
    const korean = articleView({
      slug: 'original-ko', language: 'ko', original: null,
      translations: [{ slug: 'us-reiterates-security-guarantee', sectionSlug: 'north-korea', language: 'en' }],
    });
    const expected = {
      en: `${testSiteUrl}/north-korea/us-reiterates-security-guarantee`,
      ko: `${testSiteUrl}/north-korea/original-ko`,
      'x-default': `${testSiteUrl}/north-korea/us-reiterates-security-guarantee`,
    };
    expect(articleMetadata(english).alternates?.languages).toEqual(expected);
    expect(articleMetadata(korean).alternates?.languages).toEqual(expected);
  });

  test('an original hosted only on the Korean edition is linked as the ko alternate', () => {
    const metadata = articleMetadata(articleView({ originalUrl: 'https://www.hani.co.kr/arti/politics/904001.html' }));
    expect(metadata.alternates?.languages).toEqual({
      en: `${testSiteUrl}/north-korea/us-reiterates-security-guarantee`,
      ko: 'https://www.hani.co.kr/arti/politics/904001.html',
      'x-default': `${testSiteUrl}/north-korea/us-reiterates-security-guarantee`,
    });
  });

  test('it leaves robots to the site default (indexable)', () => {
    expect(articleMetadata(articleView()).robots).toBeUndefined();
  });
});

describe('other pages', () => {
  const politics = { title: 'Politics', description: 'The presidential office and the National Assembly.', path: '/politics', feed: { kind: 'section', slug: 'politics' } } as const;

  test('a list with stories is indexable, with its canonical URL, its share card and its own feeds beside the site’s', () => {
    const metadata = pageMetadata(politics);
    expect(metadata).toMatchObject({ title: 'Politics', description: politics.description, alternates: { canonical: `${testSiteUrl}/politics` } });
    expect(metadata.robots).toBeUndefined();
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: `${testSiteUrl}/politics`, images: [{ url: `${testSiteUrl}/logo-card.png` }] });
    expect(metadata.alternates?.types?.['application/rss+xml']).toEqual([
      { url: `${testSiteUrl}/feed.xml`, title: 'The Hankyoreh (RSS)' },
      { url: `${testSiteUrl}/feeds/section/politics.xml`, title: 'Politics : The Hankyoreh (RSS)' },
    ]);
  });

  test('an empty list is kept out of the index but its links are followed', () => {
    expect(pageMetadata({ ...politics, empty: true }).robots).toEqual({ index: false, follow: true });
  });

  test('later pages of a list are their own canonical, with the page number in the title', () => {
    const metadata = pageMetadata({ ...politics, page: 3 });
    expect(metadata.alternates?.canonical).toBe(`${testSiteUrl}/politics/page/3`);
    expect(metadata.title).toBe('Politics (page 3)');
    expect(metadata.openGraph?.url).toBe(`${testSiteUrl}/politics/page/3`);
  });

  test('an author page is an Open Graph profile with the author’s portrait', () => {
    const metadata = pageMetadata({
      title: 'Hwang Joon-bum', description: 'Covers Washington.', path: '/author/hwang-joon-bum',
      feed: { kind: 'author', slug: 'hwang-joon-bum' }, photo: photo('p9'), type: 'profile',
    });
    expect(metadata.openGraph).toMatchObject({ type: 'profile', url: `${testSiteUrl}/author/hwang-joon-bum`, images: [{ url: `${testSiteUrl}/media/p9/16x9.jpg`, width: 1600, height: 900 }] });
    expect(metadata.alternates?.types?.['application/atom+xml']).toContainEqual({ url: `${testSiteUrl}/feeds/author/hwang-joon-bum.atom`, title: 'Hwang Joon-bum : The Hankyoreh (Atom)' });
  });

  test('the front page has the publication’s full name as its title, outside the title template', () => {
    expect(frontPageMetadata()).toMatchObject({ title: { absolute: 'The Hankyoreh English Edition' }, alternates: { canonical: `${testSiteUrl}/` } });
  });
});

test('a long description is cut at a word boundary with an ellipsis', () => {
  const text = 'word '.repeat(100);
  const clipped = clip(text, 50);
  expect(clipped.length).toBeLessThanOrEqual(50);
  expect(clipped).toMatch(/word…$/);
});
