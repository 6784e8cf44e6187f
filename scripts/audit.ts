// `npm run audit`: Lighthouse (pinned 12.2.3; 13.x needs Node 22) on the front page, a section
// and an article of a running server, printing each page's SEO, accessibility, best-practices
// and performance scores; exits 1 below the goals (SEO 100, the others 95).
//   npm run audit -- [--url http://127.0.0.1:3000] [--preset mobile|desktop]
// The section and article are the newest story in the server's own RSS feed, and its section.
import { parseArgs } from 'node:util';

type Category = 'seo' | 'accessibility' | 'best-practices' | 'performance';
type RunnerResult = { lhr: { categories: Record<Category, { score: number | null }>; runWarnings: string[] } };
type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<RunnerResult | undefined>;
type Launch = (options: { chromePath?: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void }>;

const categories: Category[] = ['seo', 'accessibility', 'best-practices', 'performance'];
const goals: Record<Category, number> = { seo: 100, accessibility: 95, 'best-practices': 95, performance: 95 };
// Debian's Chromium as root on a machine without outside network access (docs: notes/platform).
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:3000' }, preset: { type: 'string', default: 'mobile' } } });
const origin = new URL(values.url).origin;

// Specifiers in variables, so the project type-checks without the optional devDependency.
async function load(specifier: string): Promise<Record<string, unknown> | null> {
  return import(specifier).catch(() => null);
}

async function pagesToAudit(): Promise<string[]> {
  const rss = await fetch(`${origin}/feed.xml`).then((r) => (r.ok ? r.text() : ''));
  const link = rss.match(/<item>[\s\S]*?<link>([^<]+)<\/link>/)?.[1];
  if (!link) throw new Error(`No story in ${origin}/feed.xml: is the server running, with content imported?`);
  const article = new URL(new URL(link).pathname, origin).href;
  return [`${origin}/`, new URL(`/${new URL(link).pathname.split('/')[1]}`, origin).href, article];
}

const lighthouse = (await load('lighthouse'))?.default as Lighthouse | undefined;
const launcher = await load('chrome-launcher');
const launch = (launcher?.launch ?? (launcher?.default as { launch?: Launch } | undefined)?.launch) as Launch | undefined;
if (!lighthouse || !launch) {
  console.error('Lighthouse is not installed. Add it as a devDependency, then run the audit again:\n\n  npm install --save-dev --save-exact lighthouse@12.2.3\n');
  process.exit(2);
}
const config = values.preset === 'desktop' ? (await load('lighthouse/core/config/desktop-config.js'))?.default : undefined;

const pages = await pagesToAudit();
const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags });
let failed = false;
try {
  console.log(`${'page'.padEnd(60)} ${categories.map((c) => c.padStart(15)).join('')}`);
  for (const page of pages) {
    const result = await lighthouse(page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
    if (!result) throw new Error(`Lighthouse returned no result for ${page}`);
    const scores = categories.map((c) => ({ category: c, score: Math.round((result.lhr.categories[c].score ?? 0) * 100) }));
    failed ||= scores.some(({ category, score }) => score < goals[category]);
    console.log(`${page.padEnd(60)} ${scores.map(({ score }) => String(score).padStart(15)).join('')}`);
    for (const warning of result.lhr.runWarnings) console.warn(`  warning: ${warning}`);
  }
  console.log(`\nGoals: ${categories.map((c) => `${c} ${goals[c]}`).join(', ')} (${values.preset}).`);
} finally {
  chrome.kill();
}
process.exit(failed ? 1 : 0);
