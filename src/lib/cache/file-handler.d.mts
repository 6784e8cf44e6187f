// Types for file-handler.mjs, which stays JavaScript because Next.js imports it untranspiled.

import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';

export default class PageCache extends FileSystemCache {}
