import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

// Where photo files live. Local disk by default (MEDIA_DIR); an object store replaces this by
// implementing the same three calls.

export type MediaStorage = {
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes as a web stream, or null when there is no such file. */
  get(key: string): Promise<{ body: ReadableStream; size: number } | null>;
  remove(prefix: string): Promise<void>;
};

/** Keys are `<hash>/<file>`: anything else is refused, so a key can never leave the media folder. */
export const mediaKeyPattern = /^[a-f0-9]{16,64}\/[a-z0-9x-]+\.(?:jpg|webp|avif|png)$/;

export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media'));
}

/** Files under `root`, or under MEDIA_DIR as it is when each call is made. */
export function localDiskStorage(root?: string): MediaStorage {
  const resolve = (key: string) => {
    if (!mediaKeyPattern.test(key) && !/^[a-f0-9]{16,64}$/.test(key)) throw new Error(`Invalid media key: ${key}`);
    return path.join(root ?? mediaDir(), key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    },
    async get(key) {
      if (!mediaKeyPattern.test(key)) return null;
      const file = resolve(key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      return { body: Readable.toWeb(createReadStream(file)) as ReadableStream, size: info.size };
    },
    async remove(prefix) {
      await rm(resolve(prefix), { recursive: true, force: true });
    },
  };
}

export const mediaStorage: MediaStorage = localDiskStorage();
