import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createTestDatabase, uniqueKey, type TestDatabase } from '../helpers/db';
import { resetRequest } from '../helpers/next-request';
import { createTestUser, signInAs, signInAsNewUser } from '../helpers/newsroom-users';

vi.mock('next/headers', async () => (await import('../helpers/next-request')).nextHeaders);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-media-test-'));
process.env.MEDIA_DIR = mediaDir;
const { POST } = await import('@/app/admin/media/upload/route');
const { updateMediaAction, searchMediaAction } = await import('@/lib/media/actions');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
  await rm(mediaDir, { recursive: true, force: true });
});
beforeEach(() => resetRequest({ host: 'newsroom.test' }));

/** A photo of a random colour, so every test uploads bytes no other test has. */
async function photo(format: 'jpeg' | 'png' | 'webp' | 'avif' = 'jpeg', withExif = false) {
  const background = { r: Math.floor(Math.random() * 256), g: Math.floor(Math.random() * 256), b: Math.floor(Math.random() * 256) };
  let image = sharp({ create: { width: 1200, height: 800, channels: 3, background } }).toFormat(format);
  if (withExif) image = image.withExif({ IFD0: { Artist: 'Secret Photographer', Copyright: 'GPS 37.5N' } });
  return image.toBuffer();
}

function upload(bytes: Buffer, fields: Record<string, string> = { alt: 'Diplomats shake hands', caption: 'Talks resume', credit: 'Yonhap' }, name = 'talks.jpg', headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const body = new Request('http://newsroom.test/admin/media/upload', { method: 'POST', body: form });
  return body.arrayBuffer().then((raw) =>
    POST(new Request('http://newsroom.test/admin/media/upload', {
      method: 'POST',
      body: raw,
      headers: { 'content-type': body.headers.get('content-type')!, 'content-length': String(raw.byteLength), host: 'newsroom.test', origin: 'http://newsroom.test', ...headers },
    })),
  );
}

const signInAsRole = (role: 'REPORTER' | 'EDITOR' | 'ADMIN', authorId?: number) => signInAsNewUser(database.db, role, authorId);

test('an upload without a session is refused before anything is stored', async () => {
  const before = await database.db.media.count();
  const response = await upload(await photo());
  expect(response.status).toBe(401);
  expect(await database.db.media.count()).toBe(before);
});

test('a reporter uploads a JPEG: responsive WebP and JPEG sizes and crops, with its words', async () => {
  const user = await signInAsRole('REPORTER');
  const response = await upload(await photo());
  expect(response.status).toBe(201);
  const { data } = await response.json();
  const media = await database.db.media.findUniqueOrThrow({ where: { id: data.media.id } });
  expect(media).toMatchObject({ alt: 'Diplomats shake hands', caption: 'Talks resume', credit: 'Yonhap', mimeType: 'image/jpeg', width: 1200, height: 800, uploadedById: user.id });
  const names = (media.variants as { name: string; format: string }[]).map((v) => `${v.name}.${v.format}`);
  expect(names).toEqual(expect.arrayContaining(['w480.webp', 'w480.jpeg', 'w960.webp', 'w960.jpeg', '16x9.jpeg', '4x3.jpeg', '1x1.jpeg']));
  expect(data.media.thumb).toBe(`/media/${media.key}/w480.jpg`);
});

test('PNG, WebP and AVIF are accepted too', async () => {
  await signInAsRole('REPORTER');
  for (const format of ['png', 'webp', 'avif'] as const) {
    expect((await upload(await photo(format), undefined, `photo.${format}`)).status).toBe(201);
  }
});

test('camera metadata is stripped from every stored file', async () => {
  await signInAsRole('REPORTER');
  const original = await photo('jpeg', true);
  expect((await sharp(original).metadata()).exif).toBeDefined();
  const { data } = await (await upload(original)).json();
  const stored = await readFile(path.join(mediaDir, data.media.key, 'w960.jpg'));
  expect((await sharp(stored).metadata()).exif).toBeUndefined();
  expect(stored.includes('Secret Photographer')).toBe(false);
});

test('the same photo uploaded twice is one library entry', async () => {
  await signInAsRole('REPORTER');
  const bytes = await photo();
  const first = await (await upload(bytes)).json();
  const second = await upload(bytes, { alt: 'Another description' });
  expect(second.status).toBe(200);
  expect(await second.json()).toMatchObject({ data: { existing: true, media: { id: first.data.media.id, alt: 'Diplomats shake hands' } } });
});

test('an SVG, a text file or a broken image is refused with a clear message, whatever its name', async () => {
  await signInAsRole('REPORTER');
  const before = await database.db.media.count();
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  for (const bytes of [svg, Buffer.from('not a photo at all'), (await photo()).subarray(0, 200)]) {
    const response = await upload(bytes, undefined, 'innocent.jpg');
    expect(response.status).toBe(422);
    expect((await response.json()).fieldErrors.file[0]).toMatch(/Only JPEG, PNG, WebP and AVIF photos can be used|no readable dimensions/);
  }
  expect(await database.db.media.count()).toBe(before);
});

test('a photo without alt text, or without a file, is a field error', async () => {
  await signInAsRole('REPORTER');
  const response = await upload(await photo(), { alt: ' ', caption: '', credit: '' });
  expect(response.status).toBe(400);
  expect((await response.json()).fieldErrors).toEqual({ alt: ['Describe the photo for readers who cannot see it.'] });
  const empty = await upload(Buffer.alloc(0));
  expect((await empty.json()).fieldErrors).toEqual({ file: ['Choose a photo to upload.'] });
});

test('a photo of more than 60 megapixels is refused with its size named', async () => {
  await signInAsRole('REPORTER');
  const huge = await sharp({ create: { width: 10_000, height: 7_000, channels: 3, background: '#336699' } }).png({ compressionLevel: 9 }).toBuffer();
  const response = await upload(huge, undefined, 'huge.png');
  expect(response.status).toBe(422);
  expect((await response.json()).fieldErrors.file).toEqual(['The photo is 10000 × 7000 pixels; the limit is 60 megapixels. Make it smaller first.']);
});

test('a body larger than the limit is refused from its declared length, unread', async () => {
  await signInAsRole('REPORTER');
  const response = await upload(await photo(), undefined, 'big.jpg', { 'content-length': String(30 * 1024 * 1024) });
  expect(response.status).toBe(413);
});

test('an upload posted from another site is refused', async () => {
  await signInAsRole('EDITOR');
  expect((await upload(await photo(), undefined, 'x.jpg', { origin: 'https://attacker.example' })).status).toBe(403);
});

test("a reporter edits the words of their own photo but not someone else's; an editor edits any", async () => {
  const owner = await createTestUser(database.db, 'REPORTER');
  const media = await database.db.media.create({ data: { key: uniqueKey('m'), mimeType: 'image/jpeg', width: 10, height: 10, alt: 'Old', uploadedById: owner.id } });
  await signInAsRole('REPORTER');
  expect(await updateMediaAction(null, { id: media.id, alt: 'Mine now', caption: '', credit: '' })).toMatchObject({ error: 'forbidden' });
  resetRequest();
  await signInAs(owner);
  expect(await updateMediaAction(null, { id: media.id, alt: '', caption: '', credit: '' })).toMatchObject({ error: 'invalid', fieldErrors: { alt: expect.any(Array) } });
  expect(await updateMediaAction(null, { id: media.id, alt: 'Protesters in Seoul', caption: 'A rally', credit: 'Hankyoreh' })).toMatchObject({ ok: true });
  resetRequest();
  await signInAsRole('EDITOR');
  expect(await updateMediaAction(null, { id: media.id, alt: 'Protesters in central Seoul', caption: 'A rally', credit: 'Hankyoreh' })).toMatchObject({ ok: true });
  expect(await database.db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ alt: 'Protesters in central Seoul', credit: 'Hankyoreh' });
});

test('the library finds photos by words of their caption, credit and alt text', async () => {
  const word = uniqueKey('gwanghwamun');
  await database.db.media.create({ data: { key: uniqueKey('a'), mimeType: 'image/jpeg', width: 10, height: 10, alt: 'A square', caption: `Crowds at ${word}`, credit: 'Kim Bong-gyu' } });
  await database.db.media.create({ data: { key: uniqueKey('b'), mimeType: 'image/jpeg', width: 10, height: 10, alt: 'Unrelated', caption: 'Elsewhere', credit: 'Reuters' } });
  expect(await searchMediaAction(null, { q: word })).toMatchObject({ error: 'unauthenticated' });
  await signInAsRole('REPORTER');
  const found = await searchMediaAction(null, { q: `${word.toUpperCase()} bong-gyu` });
  expect(found).toMatchObject({ ok: true, data: { total: 1, photos: [{ caption: `Crowds at ${word}` }] } });
});
