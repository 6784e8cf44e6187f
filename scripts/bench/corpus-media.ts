import sharp from 'sharp';
import { processImage, type ProcessedImage } from '../../src/lib/media/process-image';
import { localDiskStorage } from '../../src/lib/media/storage';

// A few real photos for the corpus: generated pictures put through the same pipeline an upload
// takes (every width and crop), then reused by thousands of articles.

const palettes = [
  ['#1d3557', '#457b9d', '#f1faee'],
  ['#6b705c', '#a5a58d', '#ffe8d6'],
  ['#264653', '#2a9d8f', '#e9c46a'],
  ['#3d405b', '#81b29a', '#f2cc8f'],
  ['#22223b', '#9a8c98', '#f2e9e4'],
];

function pictureSvg(index: number): string {
  const [sky, land, sun] = palettes[index % palettes.length]!;
  const hills = Array.from({ length: 5 }, (_, i) => {
    const x = 200 + i * 320 + index * 40;
    return `<ellipse cx="${x}" cy="${820 + (i % 2) * 60}" rx="${380 - i * 20}" ry="${220 + i * 15}" fill="${land}" opacity="${0.6 + i * 0.08}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${sun}"/></linearGradient></defs>
    <rect width="1600" height="1067" fill="url(#g)"/><circle cx="${300 + index * 220}" cy="260" r="110" fill="${sun}"/>${hills}
    <rect x="0" y="940" width="1600" height="127" fill="${land}"/></svg>`;
}

export type CorpusPhoto = ProcessedImage & { alt: string; caption: string; credit: string };

export async function makeCorpusPhotos(mediaDir: string, count = 5): Promise<CorpusPhoto[]> {
  const storage = localDiskStorage(mediaDir);
  const photos: CorpusPhoto[] = [];
  for (let i = 0; i < count; i++) {
    const jpeg = await sharp(Buffer.from(pictureSvg(i))).jpeg({ quality: 85 }).toBuffer();
    const processed = await processImage(jpeg, storage);
    photos.push({ ...processed, alt: `Hills under a low sun, picture ${i + 1}`, caption: `A view of the countryside, picture ${i + 1}.`, credit: 'Newsroom benchmark' });
  }
  return photos;
}
