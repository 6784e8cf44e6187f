import { readDb } from '@/lib/db/client';
import { site } from '@/lib/site';

// Addresses of unpublished stories answer 410 Gone (src/server/front-door.ts). The front door
// runs before every article request, so it reads a set of slugs held in memory and reloaded at
// most every GONE_TTL_MS; a workflow step that unpublishes or republishes a story drops the set, so this
// process notices at once and any other instance within the TTL.

export const GONE_TTL_MS = 30_000;
const RETRY_AFTER_ERROR_MS = 5_000;

type GoneSet = { slugs: ReadonlySet<string>; expiresAt: number; generation: number; loading?: Promise<void> };

// On globalThis: the front door loads this module outside Next's bundle, the server actions inside it.
const holder = globalThis as { newsroomGoneSlugs?: GoneSet };

/** Current and former slugs of every unpublished story. */
async function loadGoneSlugs(): Promise<Set<string>> {
  const unpublished = { status: 'UNPUBLISHED' } as const;
  const [articles, redirects] = await Promise.all([
    readDb.article.findMany({ where: unpublished, select: { slug: true } }),
    readDb.articleSlugRedirect.findMany({ where: { article: unpublished }, select: { slug: true } }),
  ]);
  return new Set([...articles, ...redirects].map((row) => row.slug));
}

function state(): GoneSet {
  holder.newsroomGoneSlugs ??= { slugs: new Set(), expiresAt: 0, generation: 0 };
  return holder.newsroomGoneSlugs;
}

// A set loaded while a story was being unpublished may predate it: it is kept, but not trusted.
function reload(current: GoneSet): Promise<void> {
  const generation = current.generation;
  current.loading = loadGoneSlugs()
    .then((slugs) => {
      current.slugs = slugs;
      current.expiresAt = current.generation === generation ? Date.now() + GONE_TTL_MS : 0;
    })
    .catch((error: unknown) => {
      console.error('Could not load the slugs of unpublished articles', error);
      current.expiresAt = Date.now() + RETRY_AFTER_ERROR_MS;
    })
    .finally(() => {
      current.loading = undefined;
    });
  return current.loading;
}

export async function isGoneSlug(slug: string): Promise<boolean> {
  const current = state();
  if (current.expiresAt <= Date.now()) await (current.loading ?? reload(current));
  return current.slugs.has(slug);
}

/** Called when a story is unpublished, republished or renamed: the next request reloads the set. */
export function forgetGoneSlugs(): void {
  const current = state();
  current.generation += 1;
  current.expiresAt = 0;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The readable page sent with the 410: what happened and where to go instead. */
export function gonePageHtml(): string {
  const name = escapeHtml(`${site.name} ${site.edition}`);
  return `<!doctype html>
<html lang="${site.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Article removed : ${name}</title>
<style>body{margin:0;font:1rem/1.6 system-ui,sans-serif;color:#1a1a1a}main{max-width:42rem;margin:4rem auto;padding:0 1rem}
h1{font-family:Georgia,serif}a{color:#073763}</style></head>
<body><main><p><a href="/">${name}</a></p><h1>This article is no longer available</h1>
<p>The newsroom has withdrawn this story. It may have been removed for legal or editorial reasons.</p>
<p><a href="/">Go to the front page</a> or <a href="/search">search the site</a>.</p></main></body></html>`;
}
