import { beforeAll, describe, expect, test } from 'vitest';
import { jsonLdGraph, serializeJsonLd } from '@/lib/seo/json-ld';
import { articleJsonLd, articleSchemaType } from '@/lib/seo/structured-data/article';
import { articleBreadcrumbs, sectionBreadcrumbs } from '@/lib/seo/structured-data/breadcrumbs';
import { collectionPageJsonLd, profilePageJsonLd } from '@/lib/seo/structured-data/collections';
import { publisherJsonLd, websiteJsonLd } from '@/lib/seo/structured-data/publisher';
import { articleView, photo, testSiteUrl } from '../helpers/seo-fixtures';

beforeAll(() => {
  process.env.SITE_URL = testSiteUrl;
});

// The builders return schema-dts types; tests read them as the plain JSON a crawler sees.
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('serialising into a script tag', () => {
  test('characters that could end the script or hide markup are escaped, and the JSON still parses back unchanged', () => {
    const headline = '</script><script>alert(1)</script> <!-- Kim & Moon \u2028\u2029';
    const data = jsonLdGraph({ '@type': 'NewsArticle', headline });
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)['@graph'][0].headline).toBe(headline);
  });
});

describe('the NewsArticle of an article page', () => {
  test('each kind of story gets its schema.org type: opinion for columns and editorials, analysis, reportage for features', () => {
    expect(['NEWS', 'ANALYSIS', 'INTERVIEW', 'FEATURE', 'COLUMN', 'EDITORIAL'].map(articleSchemaType)).toEqual([
      'NewsArticle', 'AnalysisNewsArticle', 'NewsArticle', 'ReportageNewsArticle', 'OpinionNewsArticle', 'OpinionNewsArticle',
    ]);
  });

  test('an interview is a NewsArticle whose genre says so', () => {
    const data = json(articleJsonLd(articleView({ kind: 'INTERVIEW' })));
    expect(data).toMatchObject({ '@type': 'NewsArticle', genre: 'Interview' });
  });

  test('it carries the headline, description, canonical page and section, with KST dates', () => {
    const data = json(articleJsonLd(articleView({ modifiedAt: '2019-07-25T01:00:00.000Z' })));
    const url = `${testSiteUrl}/north-korea/us-reiterates-security-guarantee`;
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${url}#article`,
      url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      headline: 'US reiterates security guarantee for North Korea',
      alternativeHeadline: 'Calls on Kim Jong-un to fulfill his promise to denuclearize',
      description: 'Pompeo calls on Kim Jong-un to fulfill his promise to denuclearize.',
      datePublished: '2019-07-24T15:50:00+09:00',
      dateModified: '2019-07-25T10:00:00+09:00',
      articleSection: 'North Korea',
      keywords: ['US-North Korea diplomacy', 'Denuclearization'],
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
  });

  test('an article never updated has dateModified equal to datePublished', () => {
    const data = json(articleJsonLd(articleView()));
    expect(data.dateModified).toBe(data.datePublished);
  });

  test('the lead photo is offered in 16:9, 4:3 and 1:1 crops, each at least 1200 px wide, at absolute URLs', () => {
    const images = json(articleJsonLd(articleView())).image;
    expect(images.map((i: { url: string }) => i.url)).toEqual([
      `${testSiteUrl}/media/a1b2c3/16x9.jpg`, `${testSiteUrl}/media/a1b2c3/4x3.jpg`, `${testSiteUrl}/media/a1b2c3/1x1.jpg`,
    ]);
    for (const image of images) {
      expect(image['@type']).toBe('ImageObject');
      expect(Number(image.width)).toBeGreaterThanOrEqual(1200);
    }
    expect(images.map((i: { width: string; height: string }) => Number(i.width) / Number(i.height))).toEqual([16 / 9, 4 / 3, 1]);
  });

  test('every author is a separate Person with only the name as name, the author page as url and the role as jobTitle', () => {
    const data = json(articleJsonLd(articleView({
      authors: [
        { slug: 'hwang-joon-bum', name: 'Hwang Joon-bum', role: 'Washington correspondent', email: null, isColumnist: false, photo: null },
        { slug: 'kim-ji-eun', name: 'Kim Ji-eun', role: '', email: null, isColumnist: false, photo: null },
      ],
    })));
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Hwang Joon-bum', url: `${testSiteUrl}/author/hwang-joon-bum`, jobTitle: 'Washington correspondent' },
      { '@type': 'Person', name: 'Kim Ji-eun', url: `${testSiteUrl}/author/kim-ji-eun` },
    ]);
  });

  test('the publisher is the news organisation with its logo', () => {
    expect(json(articleJsonLd(articleView())).publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': `${testSiteUrl}/#organization`,
      name: 'The Hankyoreh',
      url: `${testSiteUrl}/`,
      logo: { '@type': 'ImageObject', url: `${testSiteUrl}/logo.png`, width: '512', height: '512' },
      email: 'english@hani.co.kr',
      sameAs: ['https://www.hani.co.kr'],
    });
  });

  test('each correction is a CorrectionComment with its KST date', () => {
    const data = json(articleJsonLd(articleView({
      corrections: [{ id: 1, text: 'An earlier version misstated the date of the talks.', createdAt: '2019-08-02T01:00:00.000Z' }],
    })));
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'An earlier version misstated the date of the talks.', datePublished: '2019-08-02T10:00:00+09:00' },
    ]);
  });

  test('a story without corrections, topics, tags or photo leaves those properties out or empty', () => {
    const data = json(articleJsonLd(articleView({ corrections: [], topics: [], tags: [], leadImage: null })));
    expect(data).not.toHaveProperty('correction');
    expect(data).not.toHaveProperty('keywords');
    expect(data.image).toEqual([]);
  });

  test('a translation of a Korean original we publish names it as translationOfWork', () => {
    const data = json(articleJsonLd(articleView({ original: { slug: 'original-ko', sectionSlug: 'north-korea', language: 'ko' } })));
    expect(data.translationOfWork).toEqual({ '@type': 'NewsArticle', url: `${testSiteUrl}/north-korea/original-ko`, inLanguage: 'ko' });
    expect(data).not.toHaveProperty('workTranslation');
  });

  test('a translation of an original hosted elsewhere links that page as the Korean work', () => {
    const data = json(articleJsonLd(articleView({ originalUrl: 'https://www.hani.co.kr/arti/politics/904001.html' })));
    expect(data.translationOfWork).toEqual({ '@type': 'NewsArticle', url: 'https://www.hani.co.kr/arti/politics/904001.html', inLanguage: 'ko' });
  });

  test('an original we publish lists its published translations as workTranslation', () => {
    const data = json(articleJsonLd(articleView({ language: 'ko', translations: [{ slug: 'in-english', sectionSlug: 'politics', language: 'en' }] })));
    expect(data.workTranslation).toEqual([{ '@type': 'NewsArticle', url: `${testSiteUrl}/politics/in-english`, inLanguage: 'en' }]);
    expect(data).not.toHaveProperty('translationOfWork');
  });
});

describe('breadcrumbs', () => {
  test('an article in a subsection: front page, parent section, section, story, numbered from 1', () => {
    const article = articleView({ section: { slug: 'editorials', name: 'Editorials', parent: { slug: 'opinion', name: 'Opinion' } } });
    expect(json(articleBreadcrumbs(article)).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'The Hankyoreh English Edition', item: `${testSiteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Opinion', item: `${testSiteUrl}/opinion` },
      { '@type': 'ListItem', position: 3, name: 'Editorials', item: `${testSiteUrl}/editorials` },
      { '@type': 'ListItem', position: 4, name: article.headline, item: `${testSiteUrl}/editorials/${article.slug}` },
    ]);
  });

  test('a top-level section: front page, then the section', () => {
    const crumbs = json(sectionBreadcrumbs({ slug: 'politics', name: 'Politics', parent: null }));
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(['The Hankyoreh English Edition', 'Politics']);
  });
});

describe('the site and its listings', () => {
  test('the WebSite offers a SearchAction on the search page', () => {
    const data = json(websiteJsonLd());
    expect(data).toMatchObject({ '@type': 'WebSite', url: `${testSiteUrl}/`, inLanguage: 'en', publisher: { '@id': json(publisherJsonLd())['@id'] } });
    expect(data.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${testSiteUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });

  test('a section is a CollectionPage listing its stories in order', () => {
    const data = json(collectionPageJsonLd({
      name: 'Politics', description: 'The presidential office', path: '/politics',
      stories: [{ slug: 'a', section: { slug: 'politics' } }, { slug: 'b', section: { slug: 'politics' } }],
    }));
    expect(data).toMatchObject({ '@type': 'CollectionPage', url: `${testSiteUrl}/politics`, name: 'Politics', description: 'The presidential office' });
    expect(data.mainEntity.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, url: `${testSiteUrl}/politics/a` },
      { '@type': 'ListItem', position: 2, url: `${testSiteUrl}/politics/b` },
    ]);
  });

  test('an author page is a ProfilePage about a Person with job title, bio and square portrait', () => {
    const data = json(profilePageJsonLd({ slug: 'hwang-joon-bum', name: 'Hwang Joon-bum', jobTitle: 'Washington correspondent', bio: 'Covers Washington.', photo: photo('p9') }));
    expect(data['@type']).toBe('ProfilePage');
    expect(data.mainEntity).toEqual({
      '@type': 'Person',
      '@id': `${testSiteUrl}/author/hwang-joon-bum#person`,
      name: 'Hwang Joon-bum',
      url: `${testSiteUrl}/author/hwang-joon-bum`,
      jobTitle: 'Washington correspondent',
      description: 'Covers Washington.',
      image: `${testSiteUrl}/media/p9/1x1.jpg`,
      worksFor: { '@id': `${testSiteUrl}/#organization` },
    });
  });
});
