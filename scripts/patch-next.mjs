// @ts-check
// Two changes to Next.js's compiled production runtimes, made after every install (package.json's
// postinstall): Next.js 16 has no option for either, and together they are about a quarter of the
// CPU of an article's first render (README, "Performance").
//
// 1. IncrementalCache.set measures every entry with JSON.stringify, for a 2 MB limit it applies
//    only to fetch entries, and never with a custom cache handler (we always have one). A page's
//    RSC payload is a Buffer, which JSON turns into an array of numbers: 2-4 ms a render. The
//    entry is now measured only when it is a fetch entry.
// 2. Every ISR render decodes its RSC payload again and encodes it once more per route segment,
//    for the prefetches of the client router's segment cache: 4-6 ms a render. Reader pages have
//    no client router (src/server/strip-client-runtime.mjs) and the newsroom's links and
//    redirects lead only to its own pages, which are rendered per request and never cached.
//    Without segment data Next answers a segment prefetch with the page's whole payload, as it
//    does for any page cached without it.
//
// A runtime in which a change is neither found nor already made (another Next.js version) is
// reported and left as it is: the site works, only slower. tests/unit/patch-next.test.ts checks
// the installed runtimes, so an upgrade that moves the code fails the tests, not the site.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ name: string, find: RegExp, replace: string, done: RegExp, runtimes: RegExp }} Patch */

/** @type {Patch[]} */
export const patches = [
  {
    name: 'measure only fetch cache entries',
    find: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/g,
    replace: 'let $1=$3.fetchCache?JSON.stringify($2).length:0;if($3.fetchCache&&$1>2097152',
    done: /let \w+=\w+\.fetchCache\?JSON\.stringify\(\w+\)\.length:0;/,
    runtimes: /^(?:app-page|app-route)/,
  },
  {
    name: 'no per-segment prefetch data for ISR pages',
    find: /(\w+)\.segmentData=await (\w+)\.collectSegmentData\(/g,
    replace: '$1.segmentData=void 0&&await $2.collectSegmentData(',
    done: /\w+\.segmentData=void 0&&await \w+\.collectSegmentData\(/,
    runtimes: /^app-page/,
  },
];

/**
 * The runtime's source with every patch that concerns it applied, and what became of each.
 * @param {string} file the runtime's file name
 * @param {string} source
 */
export function patchRuntime(file, source) {
  /** @type {{ name: string, outcome: 'applied' | 'already' | 'missing' }[]} */
  const outcomes = [];
  let text = source;
  for (const patch of patches.filter((p) => p.runtimes.test(file))) {
    const count = text.match(patch.find)?.length ?? 0;
    if (count === 1) text = text.replace(patch.find, patch.replace);
    outcomes.push({ name: patch.name, outcome: count === 1 ? 'applied' : patch.done.test(text) ? 'already' : 'missing' });
  }
  return { text, outcomes };
}

/** Next's compiled production runtimes for App Router pages and route handlers. */
export async function runtimeFiles() {
  const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'));
  const dir = path.join(nextDir, 'dist', 'compiled', 'next-server');
  const files = (await readdir(dir)).filter((f) => /^app-(?:page|route).*\.runtime\.prod\.js$/.test(f));
  return files.map((file) => path.join(dir, file));
}

export async function patchNext() {
  const missing = [];
  for (const file of await runtimeFiles()) {
    const source = await readFile(file, 'utf8');
    const { text, outcomes } = patchRuntime(path.basename(file), source);
    if (text !== source) await writeFile(file, text);
    for (const { name, outcome } of outcomes) if (outcome === 'missing') missing.push(`${path.basename(file)}: ${name}`);
  }
  return missing;
}

// An install never fails for it: without the patch the site is slower, not broken.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const missing = await patchNext();
    for (const line of missing) console.warn(`patch-next: not applied, the code has changed (${line})`);
  } catch (error) {
    console.warn(`patch-next: Next.js left unpatched (${error instanceof Error ? error.message : String(error)})`);
  }
}
