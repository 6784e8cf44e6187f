import type { Prisma } from '@/generated/prisma/client';
import type { ProcessedImage } from '@/lib/media/process-image';
import { toSlug } from '@/lib/slug';
import type { ContentBundle } from './load-content';
import { emptyCounts, upsertBy, type Counts } from './sync';

type Tx = Prisma.TransactionClient;

export type ImportCounts = { media: Counts; sections: Counts; topics: Counts; authors: Counts; tags: Counts };
export type DirectoryIds = {
  media: Map<string, number>;
  sections: Map<string, number>;
  topics: Map<string, number>;
  authors: Map<string, number>;
  tags: Map<string, number>;
};

export async function writeDirectory(tx: Tx, bundle: ContentBundle, images: Map<string, ProcessedImage>) {
  const counts: ImportCounts = { media: emptyCounts(), sections: emptyCounts(), topics: emptyCounts(), authors: emptyCounts(), tags: emptyCounts() };
  const ids: DirectoryIds = { media: new Map(), sections: new Map(), topics: new Map(), authors: new Map(), tags: new Map() };

  const photoText = photoDescriptions(bundle);
  for (const [file, image] of images) {
    const text = photoText.get(file) ?? { alt: '', caption: '', credit: '' };
    const data = { key: image.key, originalFilename: file, mimeType: image.mimeType, width: image.width, height: image.height, bytes: image.bytes, variants: image.variants, ...text };
    const existing = await tx.media.findUnique({ where: { key: image.key } });
    ids.media.set(file, await upsertBy(counts.media, existing, data, () => tx.media.create({ data }), (id) => tx.media.update({ where: { id }, data })));
  }

  // Parents first, so a child can point at its parent's id.
  const sections = [...bundle.sections].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const section of sections) {
    const data = { name: section.name, description: section.description, position: section.position, parentId: section.parent ? ids.sections.get(section.parent)! : null };
    const existing = await tx.section.findUnique({ where: { slug: section.slug } });
    ids.sections.set(section.slug, await upsertBy(counts.sections, existing, data,
      () => tx.section.create({ data: { slug: section.slug, ...data } }),
      (id) => tx.section.update({ where: { id }, data: { ...data, version: { increment: 1 } } })));
  }

  for (const topic of bundle.topics) {
    const data = { name: topic.name, description: topic.description, featured: topic.featured, position: topic.position };
    const existing = await tx.topic.findUnique({ where: { slug: topic.slug } });
    ids.topics.set(topic.slug, await upsertBy(counts.topics, existing, data,
      () => tx.topic.create({ data: { slug: topic.slug, ...data } }),
      (id) => tx.topic.update({ where: { id }, data: { ...data, version: { increment: 1 } } })));
  }

  for (const author of bundle.authors) {
    const { name, jobTitle, email, columnist, photo } = author.data;
    const data = { name, jobTitle, email: email ?? null, isColumnist: columnist, bio: author.bio, photoId: photo ? ids.media.get(photo)! : null };
    const existing = await tx.author.findUnique({ where: { slug: author.slug } });
    ids.authors.set(author.slug, await upsertBy(counts.authors, existing, data,
      () => tx.author.create({ data: { slug: author.slug, ...data } }),
      (id) => tx.author.update({ where: { id }, data: { ...data, version: { increment: 1 } } })));
  }

  const tagNames = new Map<string, string>();
  for (const article of bundle.articles) for (const name of article.data.tags) tagNames.set(toSlug(name, 'tag'), name);
  for (const [slug, name] of tagNames) {
    const existing = await tx.tag.findUnique({ where: { slug } });
    ids.tags.set(slug, await upsertBy(counts.tags, existing, { name },
      () => tx.tag.create({ data: { slug, name } }),
      (id) => tx.tag.update({ where: { id }, data: { name } })));
  }
  return { counts, ids };
}

/** A photo's alt, caption and credit, from the first place the content describes it. */
function photoDescriptions(bundle: ContentBundle) {
  const text = new Map<string, { alt: string; caption: string; credit: string }>();
  for (const { data } of bundle.articles) {
    for (const photo of [data.leadImage, ...data.gallery]) {
      if (photo && !text.has(photo.file)) text.set(photo.file, { alt: photo.alt, caption: photo.caption, credit: photo.credit });
    }
  }
  for (const author of bundle.authors) {
    if (author.data.photo && !text.has(author.data.photo)) text.set(author.data.photo, { alt: `Portrait of ${author.data.name}`, caption: '', credit: '' });
  }
  return text;
}
