// `npm run audit`: Lighthouse (pinned 12.2.3; 13.x needs Node 22) on the front page, a section
// and an article of a running server, printing each page's SEO, accessibility, best-practices
// and performance scores; exits 1 below the goals (SEO 100, the others 95).
//   npm run audit -- [--url http://127.0.0.1:3000] [--preset mobile|desktop] [--runs 3]
// The section and article are the newest story in the server's own RSS feed, and its section.
// Performance scores move by several points from run to run on a shared machine, so each page is
// audited --runs times and the median of each score is reported (as Lighthouse CI does).
import { parseArgs } from 'node:util';

type Category = 'seo' | 'accessibility' | 'best-practices' | 'performance';
type RunnerResult = { lhr: { categories: Record<Category, { score: number | null }>; runWarnings: string[] } };
type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<RunnerResult | undefined>;
type Launch = (options: { chromePath?: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void }>;

const categories: Category[] = ['seo', 'accessibility', 'best-practices', 'performance'];
const goals: Record<Category, number> = { seo: 100, accessibility: 95, 'best-practices': 95, performance: 95 };
// Debian's Chromium as root on a machine without outside network access (docs: notes/platform).
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://127.0.0.1:3000' }, preset: { type: 'string', default: 'mobile' }, runs: { type: 'string', default: '3' } },
});
const origin = new URL(values.url).origin;
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1 (got "${values.runs}")`);
  process.exit(2);
}

function median(scores: number[]): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

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
    const runScores = new Map<Category, number[]>(categories.map((c) => [c, []]));
    const warnings = new Set<string>();
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      if (!result) throw new Error(`Lighthouse returned no result for ${page}`);
      for (const c of categories) runScores.get(c)!.push(Math.round((result.lhr.categories[c].score ?? 0) * 100));
      for (const warning of result.lhr.runWarnings) warnings.add(warning);
    }
    const scores = categories.map((c) => ({ category: c, score: median(runScores.get(c)!) }));
    failed ||= scores.some(({ category, score }) => score < goals[category]);
    console.log(`${page.padEnd(60)} ${scores.map(({ score }) => String(score).padStart(15)).join('')}`);
    if (runs > 1) console.log(`${''.padEnd(60)} ${categories.map((c) => runScores.get(c)!.join('/').padStart(15)).join('')}`);
    for (const warning of warnings) console.warn(`  warning: ${warning}`);
  }
  console.log(`\nMedians of ${runs} run(s) per page. Goals: ${categories.map((c) => `${c} ${goals[c]}`).join(', ')} (${values.preset}).`);
} finally {
  chrome.kill();
}
process.exit(failed ? 1 : 0);
