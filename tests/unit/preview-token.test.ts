import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { isPreviewToken, previewToken, readOrCreateSecretFile, resolvePreviewSecret } from '@/lib/auth/preview-token';

const secret = 'a'.repeat(32);
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'preview-secret-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('the token of an article opens that article and no other', () => {
  const token = previewToken(7, secret);
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(isPreviewToken(7, token, secret)).toBe(true);
  expect(isPreviewToken(8, token, secret)).toBe(false);
  expect(isPreviewToken(70, previewToken(7, secret), secret)).toBe(false);
});

test('an absent, repeated, altered or differently sized token is refused', () => {
  const token = previewToken(7, secret);
  for (const wrong of [undefined, null, '', [token, token], `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token.slice(1), `${token}x`, 'é'.repeat(43)]) {
    expect(isPreviewToken(7, wrong, secret), String(wrong)).toBe(false);
  }
});

test('another secret makes other tokens, so a token from one server does not open another’s preview', () => {
  const other = 'b'.repeat(32);
  expect(previewToken(7, other)).not.toBe(previewToken(7, secret));
  expect(isPreviewToken(7, previewToken(7, other), secret)).toBe(false);
});

test('PREVIEW_SECRET is used when set, and refused when too short to be a secret', () => {
  const file = path.join(folder, 'preview-secret');
  expect(resolvePreviewSecret({ PREVIEW_SECRET: secret }, file)).toBe(secret);
  expect(() => resolvePreviewSecret({ PREVIEW_SECRET: 'short' }, file)).toThrow(/at least 32 characters/);
});

test('without PREVIEW_SECRET a secret is generated once, kept private on disk and reused', async () => {
  const file = path.join(folder, 'nested', 'preview-secret');
  const first = resolvePreviewSecret({}, file);
  expect(first.length).toBeGreaterThanOrEqual(43);
  expect(resolvePreviewSecret({ PREVIEW_SECRET: '' }, file)).toBe(first);
  expect(readOrCreateSecretFile(file)).toBe(first);
  expect((await readFile(file, 'utf8')).trim()).toBe(first);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(readOrCreateSecretFile(path.join(folder, 'elsewhere'))).not.toBe(first);
});

test('a secret file someone else wrote first is the one used', async () => {
  const file = path.join(folder, 'preview-secret');
  await writeFile(file, 'written-by-another-process-0123456789abcdef\n');
  expect(readOrCreateSecretFile(file)).toBe('written-by-another-process-0123456789abcdef');
});
