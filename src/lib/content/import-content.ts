import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '@/generated/prisma/client';
import { markdownToPlainText } from '@/lib/markdown/plain-text';
import { renderMarkdown } from '@/lib/markdown/render';
import { processImage, type ProcessedImage } from '@/lib/media/process-image';
import { responsivePhoto } from '@/lib/media/variants';
import { refreshAllRelatedArticles } from '@/lib/related/refresh-related';
import { loadContent, referencedImages, type ContentBundle } from './load-content';
import { writeArticles } from './write-articles';
import { writeDirectory, type ImportCounts } from './write-directory';

// `npm run content:import`: content/ -> database, in one transaction, idempotently. Photos are
// processed first (content-addressed, so re-running stores nothing new); then every row is
// written only when it differs from what is there, and every published story's related stories
// are recomputed (src/lib/related) before the transaction commits.

export type ImportResult = ImportCounts & { articles: ImportCounts['sections'] };

async function processImages(bundle: ContentBundle): Promise<Map<string, ProcessedImage>> {
  const processed = new Map<string, ProcessedImage>();
  const files = [...referencedImages(bundle)].sort();
  const concurrency = 2;
  for (let i = 0; i < files.length; i += concurrency) {
    await Promise.all(
      files.slice(i, i + concurrency).map(async (file) => {
        processed.set(file, await processImage(await readFile(path.join(bundle.root, 'images', file))));
      }),
    );
  }
  return processed;
}

/** Renders each article's Markdown, turning `images/x.jpg` into the stored photo's URLs. */
function renderBodies(bundle: ContentBundle, images: Map<string, ProcessedImage>) {
  const resolveImage = (src: string) => {
    const image = images.get(src.replace(/^images\//, ''));
    const photo = image && responsivePhoto(image);
    return photo ? { src: photo.src, srcSet: photo.jpegSrcSet, sizes: '(min-width: 60em) 40em, 100vw', width: photo.width, height: photo.height } : null;
  };
  return new Map(
    bundle.articles.map((a) => [
      a.slug,
      {
        html: renderMarkdown(a.body, { resolveImage }),
        summary: a.data.summary || markdownToPlainText(a.body, 280),
      },
    ]),
  );
}

export async function importContent(db: PrismaClient, root?: string): Promise<ImportResult> {
  const bundle = await loadContent(root);
  const images = await processImages(bundle);
  const bodies = renderBodies(bundle, images);
  return db.$transaction(
    async (tx) => {
      const directory = await writeDirectory(tx, bundle, images);
      const articles = await writeArticles(tx, bundle, bodies, directory.ids);
      await refreshAllRelatedArticles(tx);
      return { ...directory.counts, articles };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
