import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  articleFrontMatterSchema,
  articleSlugSchema,
  authorFrontMatterSchema,
  sectionFileSchema,
  slugSchema,
  topicFileSchema,
  type ArticleFrontMatter,
  type AuthorFrontMatter,
  type SectionEntry,
  type TopicEntry,
} from './schema';

// Reads content/ and validates every file and every cross-reference before anything touches
// the database.

export type ContentProblem = { file: string; field: string; reason: string };

export class ContentError extends Error {
  readonly code = 'invalid_content';
  constructor(readonly problems: ContentProblem[]) {
    super(`Content is invalid; nothing was imported.\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.reason}`).join('\n')}`);
  }
}

export type AuthorSource = { slug: string; file: string; data: AuthorFrontMatter; bio: string };
export type ArticleSource = { slug: string; file: string; data: ArticleFrontMatter; body: string };
export type ContentBundle = {
  root: string;
  sections: SectionEntry[];
  topics: TopicEntry[];
  authors: AuthorSource[];
  articles: ArticleSource[];
};

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function loadContent(root = path.join(process.cwd(), 'content')): Promise<ContentBundle> {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file);

  function check<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({ file: rel(file), field: issue.path.join('.') || '(file)', reason: issue.message });
    }
    return undefined;
  }

  async function readYaml(file: string): Promise<unknown> {
    try {
      return parseYaml(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push({ file: rel(file), field: '(file)', reason: (error as Error).message.split('\n')[0] ?? 'unreadable' });
      return undefined;
    }
  }

  async function readMarkdown(file: string) {
    try {
      return matter(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push({ file: rel(file), field: '(front matter)', reason: (error as Error).message.split('\n')[0] ?? 'unreadable' });
      return undefined;
    }
  }

  const sectionsFile = path.join(root, 'sections.yaml');
  const topicsFile = path.join(root, 'topics.yaml');
  const sections = check(sectionFileSchema, await readYaml(sectionsFile), sectionsFile) ?? [];
  const topics = check(topicFileSchema, await readYaml(topicsFile), topicsFile) ?? [];

  const authors: AuthorSource[] = [];
  for (const file of await listFiles(path.join(root, 'authors'), '.md')) {
    const slug = check(slugSchema, path.basename(file, '.md'), file);
    const parsed = await readMarkdown(file);
    const data = parsed && check(authorFrontMatterSchema, parsed.data, file);
    if (slug && parsed && data) authors.push({ slug, file: rel(file), data, bio: parsed.content.trim() });
  }

  const articles: ArticleSource[] = [];
  for (const file of await listFiles(path.join(root, 'articles'), '.md')) {
    const slug = check(articleSlugSchema, path.basename(file, '.md'), file);
    const parsed = await readMarkdown(file);
    const data = parsed && check(articleFrontMatterSchema, parsed.data, file);
    if (slug && parsed && data) articles.push({ slug, file: rel(file), data, body: parsed.content.trim() });
  }

  const bundle = { root, sections, topics, authors, articles };
  problems.push(...(await crossReferenceProblems(bundle)));
  if (problems.length > 0) throw new ContentError(problems);
  return bundle;
}

async function crossReferenceProblems(bundle: ContentBundle): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const images = new Set(await readdir(path.join(bundle.root, 'images')).catch(() => [] as string[]));
  const sectionSlugs = new Set(bundle.sections.map((s) => s.slug));
  const topicSlugs = new Set(bundle.topics.map((t) => t.slug));
  const authorSlugs = new Set(bundle.authors.map((a) => a.slug));
  const articleSlugs = new Set(bundle.articles.map((a) => a.slug));
  const missing = (file: string, field: string, kind: string, value: string) =>
    problems.push({ file, field, reason: `no ${kind} "${value}"` });

  for (const section of bundle.sections) {
    if (section.parent && !sectionSlugs.has(section.parent)) missing('content/sections.yaml', `${section.slug}.parent`, 'section', section.parent);
  }
  for (const author of bundle.authors) {
    if (author.data.photo && !images.has(author.data.photo)) missing(author.file, 'photo', 'image in content/images', author.data.photo);
  }
  const seen = new Map<string, string>();
  for (const { file, slug, data, body } of bundle.articles) {
    if (seen.has(slug)) problems.push({ file, field: '(slug)', reason: `duplicates ${seen.get(slug)}` });
    seen.set(slug, file);
    if (!sectionSlugs.has(data.section)) missing(file, 'section', 'section', data.section);
    data.topics.forEach((t, i) => topicSlugs.has(t) || missing(file, `topics.${i}`, 'topic', t));
    data.authors.forEach((a, i) => authorSlugs.has(a.slug) || missing(file, `authors.${i}.slug`, 'author', a.slug));
    data.related.forEach((r, i) => articleSlugs.has(r) || missing(file, `related.${i}`, 'article', r));
    [data.leadImage, ...data.gallery].forEach((photo, i) => {
      if (photo && !images.has(photo.file)) missing(file, i === 0 ? 'leadImage.file' : `gallery.${i - 1}.file`, 'image in content/images', photo.file);
    });
    for (const [, src] of body.matchAll(/src="images\/([^"]+)"/g)) {
      if (src && !images.has(src)) missing(file, 'body', 'image in content/images', src);
    }
  }
  const leads = bundle.articles.filter((a) => a.data.frontPage === 'lead');
  if (leads.length > 1) problems.push({ file: leads[1]!.file, field: 'frontPage', reason: `only one lead story; ${leads[0]!.file} is lead too` });
  return problems;
}

/** Every image file the content refers to, by file name. */
export function referencedImages(bundle: ContentBundle): Set<string> {
  const files = new Set<string>();
  for (const author of bundle.authors) if (author.data.photo) files.add(author.data.photo);
  for (const { data, body } of bundle.articles) {
    for (const photo of [data.leadImage, ...data.gallery]) if (photo) files.add(photo.file);
    for (const [, src] of body.matchAll(/src="images\/([^"]+)"/g)) if (src) files.add(src);
  }
  return files;
}
