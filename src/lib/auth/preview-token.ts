import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The full-page preview's address carries a token: an HMAC of the article id under a server
// secret, so preview addresses cannot be guessed or enumerated. The secret is PREVIEW_SECRET, or
// else one generated on first use and kept in .data/preview-secret, so one server needs no
// configuration. Instances that serve one site must share PREVIEW_SECRET: each would otherwise
// generate its own and refuse the others' links.

const MIN_SECRET_LENGTH = 32;

export function defaultSecretFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.data', 'preview-secret');
}

function readSecretFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The secret in `file`, created when there is none. Written whole under another name and then
 * linked into place, so processes starting together agree on the first one written.
 */
export function readOrCreateSecretFile(file: string): string {
  const existing = readSecretFile(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  const written = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(written, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(written, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(written, { force: true });
  }
  const secret = readSecretFile(file);
  if (!secret) throw new Error(`${file} is empty: delete it and a new preview secret is made.`);
  return secret;
}

export function resolvePreviewSecret(env: Record<string, string | undefined>, file: string): string {
  const configured = env.PREVIEW_SECRET;
  if (configured === undefined || configured === '') return readOrCreateSecretFile(file);
  if (configured.length < MIN_SECRET_LENGTH) throw new Error(`PREVIEW_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
  return configured;
}

let secretOfThisProcess: string | undefined;

function previewSecret(): string {
  secretOfThisProcess ??= resolvePreviewSecret(process.env, defaultSecretFile());
  return secretOfThisProcess;
}

/** The token that opens the preview of one article. */
export function previewToken(articleId: number, secret = previewSecret()): string {
  return createHmac('sha256', secret).update(`article-preview:${articleId}`).digest('base64url');
}

/** True only for the token of this very article; anything else (absent, repeated, another article's) is false. */
export function isPreviewToken(articleId: number, token: unknown, secret = previewSecret()): boolean {
  if (typeof token !== 'string') return false;
  const given = Buffer.from(token);
  const expected = Buffer.from(previewToken(articleId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
