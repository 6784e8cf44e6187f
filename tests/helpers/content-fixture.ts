import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

// A small content/ folder written to a temporary directory: two sections, a topic, two authors,
// three articles and generated photos. Tests change files in it to provoke errors.

export const fixtureArticle = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    headline: '"Seoul and Washington resume talks"',
    subheadlines: '["Negotiators meet for the first time in months"]',
    summary: '"Diplomats from both countries met in Seoul on Monday."',
    kind: 'news',
    section: 'north-korea',
    topics: '[nuclear-talks]',
    tags: '["Denuclearization", "Diplomacy & Security"]',
    authors: '\n  - slug: hwang-joon-bum\n    role: Washington correspondent',
    publishedAt: '"2019-07-24T15:50:00+09:00"',
    leadImage: '\n  file: lead.jpg\n  alt: "Diplomats shake hands"\n  caption: "Diplomats shake hands in Seoul."\n  credit: "Yonhap News"',
    ...overrides,
  };
  const yaml = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${yaml}\n---\n\nThe talks resumed on Monday.\n\n:::pullquote{cite="A diplomat"}\nWe are ready to talk.\n:::\n\n::figure[Delegates arrive.]{src="images/inline.jpg" alt="Delegates" credit="Reuters"}\n`;
};

export async function writeContentFixture(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'newsroom-content-'));
  await mkdir(path.join(root, 'authors'), { recursive: true });
  await mkdir(path.join(root, 'articles', '2019'), { recursive: true });
  await mkdir(path.join(root, 'images'), { recursive: true });
  await writeFile(path.join(root, 'sections.yaml'), [
    '- slug: north-korea', '  name: North Korea', '  position: 1',
    '- slug: opinion', '  name: Opinion', '  position: 2',
    '- slug: editorials', '  name: Editorials', '  position: 1', '  parent: opinion',
  ].join('\n'));
  await writeFile(path.join(root, 'topics.yaml'), '- slug: nuclear-talks\n  name: Nuclear talks\n  featured: true\n');
  await writeFile(path.join(root, 'authors', 'hwang-joon-bum.md'), '---\nname: Hwang Joon-bum\njobTitle: Washington correspondent\nemail: jbhwang@hani.co.kr\nphoto: lead.jpg\n---\nCovers Washington.\n');
  await writeFile(path.join(root, 'authors', 'editorial-board.md'), '---\nname: The editorial board\njobTitle: Editorial\n---\n');
  await writeFile(path.join(root, 'articles', '2019', 'talks-resume.md'), fixtureArticle({ related: '[board-view]', frontPage: 'lead' }));
  await writeFile(path.join(root, 'articles', '2019', 'talks-stall.md'), fixtureArticle({ headline: '"Talks stall over sanctions"', publishedAt: '"2019-08-01T09:00:00+09:00"' }));
  await writeFile(path.join(root, 'articles', '2019', 'board-view.md'), fixtureArticle({
    headline: '"Editorial: Keep talking"', kind: 'editorial', section: 'editorials', topics: '[]',
    authors: '\n  - slug: editorial-board', corrections: '\n  - date: "2019-08-02T10:00:00+09:00"\n    text: "An earlier version misstated the date of the talks."',
  }));
  for (const [name, colour] of [['lead.jpg', '#3366aa'], ['inline.jpg', '#aa6633']] as const) {
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: colour } }).jpeg().toFile(path.join(root, 'images', name));
  }
  return root;
}
