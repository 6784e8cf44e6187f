// Draws the publication's mark once and writes every file made from it (the outputs are
// committed; rerun after changing the design):
//   public/logo.svg, public/logo.png (512x512)   the publisher logo in structured data and feeds
//   public/logo-card.png (1200x630)              the share image of pages without a photo
//   src/app/icon.svg, src/app/apple-icon.png     the browser and home-screen icons
//   npx tsx scripts/generate-logo.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { site } from '../src/lib/site';

const accent = '#0b5394';
const root = process.cwd();
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// A serif "H" from rectangles, so the mark needs no font wherever it is drawn.
const monogram = (x: number, y: number, size: number) => {
  const u = size / 512;
  const rect = (rx: number, ry: number, w: number, h: number) =>
    `<rect x="${x + rx * u}" y="${y + ry * u}" width="${w * u}" height="${h * u}" fill="#fff"/>`;
  return [
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${64 * u}" fill="${accent}"/>`,
    rect(136, 112, 56, 288), rect(320, 112, 56, 288), rect(192, 232, 128, 44),
    rect(108, 112, 112, 22), rect(292, 112, 112, 22), rect(108, 378, 112, 22), rect(292, 378, 112, 22),
  ].join('');
};

const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">${monogram(0, 0, 512)}</svg>\n`;

const cardSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fff"/>
  <rect y="600" width="1200" height="30" fill="${accent}"/>
  ${monogram(100, 195, 240)}
  <text x="400" y="320" font-family="DejaVu Serif, Georgia, serif" font-weight="700" font-size="80" fill="#1a1a1a">${text(site.name)}</text>
  <text x="404" y="390" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" letter-spacing="6" fill="#555">${text(site.edition.toUpperCase())}</text>
</svg>\n`;

await writeFile(path.join(root, 'public', 'logo.svg'), logoSvg);
await writeFile(path.join(root, 'src', 'app', 'icon.svg'), logoSvg);
await sharp(Buffer.from(logoSvg)).png({ compressionLevel: 9 }).toFile(path.join(root, 'public', 'logo.png'));
await sharp(Buffer.from(logoSvg)).resize(180, 180).png({ compressionLevel: 9 }).toFile(path.join(root, 'src', 'app', 'apple-icon.png'));
await sharp(Buffer.from(cardSvg)).png({ compressionLevel: 9 }).toFile(path.join(root, 'public', 'logo-card.png'));
console.log('Wrote public/logo.svg, public/logo.png, public/logo-card.png, src/app/icon.svg, src/app/apple-icon.png');
