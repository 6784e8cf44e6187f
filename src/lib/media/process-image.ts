import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { mediaStorage, type MediaStorage } from './storage';

// Every photo, uploaded or imported, goes through here: its type is read from the bytes (never
// the file name), metadata is stripped, and it is stored as responsive WebP and JPEG widths plus
// the 16:9, 4:3 and 1:1 crops that search engines ask for.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 60_000_000;
const acceptedFormats = new Map([['jpeg', 'image/jpeg'], ['png', 'image/png'], ['webp', 'image/webp'], ['heif', 'image/avif']]);
const widths = [480, 960, 1440, 2000];
const crops = [
  { name: '16x9', width: 1600, height: 900 },
  { name: '4x3', width: 1600, height: 1200 },
  { name: '1x1', width: 1200, height: 1200 },
];

export type MediaVariant = { name: string; width: number; height: number; format: 'webp' | 'jpeg'; key: string; bytes: number };
export type ProcessedImage = { key: string; mimeType: string; width: number; height: number; bytes: number; variants: MediaVariant[] };

export class ImageRejectedError extends Error {
  readonly code = 'image_rejected';
}

/** Checks the bytes are a photo we accept; returns its MIME type and oriented size. */
export async function inspectImage(data: Buffer) {
  if (data.byteLength > MAX_UPLOAD_BYTES) throw new ImageRejectedError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  // Reading the header decodes no pixels, so the size can be checked and named before any work.
  const meta = await sharp(data, { limitInputPixels: false }).metadata().catch(() => null);
  const mimeType = meta?.format ? acceptedFormats.get(meta.format) : undefined;
  if (!meta || !mimeType || (meta.format === 'heif' && meta.compression !== 'av1')) {
    throw new ImageRejectedError('Only JPEG, PNG, WebP and AVIF photos can be used (SVG and other files are refused).');
  }
  if (!meta.width || !meta.height) throw new ImageRejectedError('The image has no readable dimensions.');
  if (meta.width * meta.height > MAX_PIXELS) {
    throw new ImageRejectedError(`The photo is ${meta.width} × ${meta.height} pixels; the limit is ${MAX_PIXELS / 1_000_000} megapixels. Make it smaller first.`);
  }
  const rotated = (meta.orientation ?? 1) >= 5;
  return { mimeType, width: rotated ? meta.height : meta.width, height: rotated ? meta.width : meta.height };
}

async function store(storage: MediaStorage, key: string, pipeline: Sharp, format: 'webp' | 'jpeg', name: string) {
  const encoded = format === 'webp' ? pipeline.webp({ quality: 78 }) : pipeline.jpeg({ quality: 80, progressive: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  const variantKey = `${key}/${name}.${format === 'jpeg' ? 'jpg' : 'webp'}`;
  await storage.put(variantKey, data);
  return { name, width: info.width, height: info.height, format, key: variantKey, bytes: data.byteLength } satisfies MediaVariant;
}

export async function processImage(data: Buffer, storage: MediaStorage = mediaStorage): Promise<ProcessedImage> {
  const { mimeType, width, height } = await inspectImage(data);
  const key = createHash('sha256').update(data).digest('hex').slice(0, 24);
  const base = () => sharp(data, { limitInputPixels: MAX_PIXELS }).rotate();
  const jobs: Promise<MediaVariant>[] = [];
  for (const target of widths.filter((w, i) => w <= width || i === 0)) {
    const resized = () => base().resize({ width: Math.min(target, width), withoutEnlargement: true });
    jobs.push(store(storage, key, resized(), 'webp', `w${target}`), store(storage, key, resized(), 'jpeg', `w${target}`));
  }
  for (const crop of crops) {
    jobs.push(store(storage, key, base().resize(crop.width, crop.height, { fit: 'cover', position: sharp.strategy.attention }), 'jpeg', crop.name));
  }
  return { key, mimeType, width, height, bytes: data.byteLength, variants: await Promise.all(jobs) };
}
