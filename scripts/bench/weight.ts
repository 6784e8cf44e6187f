import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { distDir } from './app';

// Page weight: the HTML itself, and the client JavaScript it makes a browser download, against
// what Next.js needs for any App Router page (the build manifest's root main files).

export type PageWeight = { path: string; htmlBytes: number; scriptBytes: number; scripts: number };

async function scriptBytes(origin: string, sources: string[]): Promise<number> {
  let total = 0;
  for (const source of sources) total += (await (await fetch(new URL(source, origin))).arrayBuffer()).byteLength;
  return total;
}

/** The JavaScript every App Router page loads, whatever it contains. */
export async function frameworkScriptBytes(origin: string): Promise<number> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return scriptBytes(origin, manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

export async function pageWeight(origin: string, pagePath: string): Promise<PageWeight> {
  const html = await (await fetch(origin + pagePath)).text();
  // Scripts a modern browser runs: `noModule` ones (polyfills) are skipped by it.
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)]
    .filter(([tag]) => !/\bnomodule\b/i.test(tag))
    .map(([, src]) => src!.replace(/&amp;/g, '&'));
  return { path: pagePath, htmlBytes: Buffer.byteLength(html), scriptBytes: await scriptBytes(origin, [...new Set(sources)]), scripts: sources.length };
}
