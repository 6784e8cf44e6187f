// `npm run bench`: builds the production app into .next-bench, loads a synthetic corpus per size,
// measures every page type against nginx serving the same bytes, checks the budgets, and writes
// bench-results/bench-<time>.{json,md}. Exits 1 when a budget is missed (with --ci: only when a
// page is broken or errors). See README, "Performance".
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildApp } from './app';
import { scalingBudgets, sizeBudgets, type Budget } from './budgets';
import { benchDataDir, prepareBenchDatabase } from './database';
import { parseOptions } from './options';
import { budgetLine, describeMachine, gitCommit, printReport, writeReport, type BenchReport } from './report';
import { runSize, type SizeResult } from './run-size';
import { runScaleOut } from './scale-out';

function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const options = parseOptions(process.argv.slice(2));
if (!installed('nginx')) {
  console.error('The benchmark needs nginx (the static baseline and the front proxy): apt-get install -y nginx');
  process.exit(2);
}
options.tool ??= installed('wrk') ? 'wrk' : 'autocannon';
if (options.tool === 'wrk' && !installed('wrk')) {
  console.error('wrk is not installed: apt-get install -y wrk, or use --tool autocannon');
  process.exit(2);
}

const startedAt = new Date().toISOString();
const machine = describeMachine();
console.log(`Newsroom benchmark: ${options.sizes.map((s) => s.toLocaleString('en')).join(' and ')} articles, ${options.tool}; ${machine}`);

// The build prerenders the front page from a database, so the corpus comes first.
if (options.skipBuild) {
  console.log('--skip-build: using the last build in .next-bench.');
} else {
  const buildDatabase = await prepareBenchDatabase(options.adminUrl, options.sizes[0]!, options.fresh);
  console.log('Building the app into .next-bench (skipped when the sources have not changed) …');
  const build = await buildApp(
    { databaseUrl: buildDatabase.url, mediaDir: path.join(benchDataDir, 'media'), port: options.port },
    path.join('bench-results', 'build.log'),
  );
  await buildDatabase.stop();
  console.log(build === 'built' ? 'Built.' : 'Sources unchanged since the last benchmark build: reusing it.');
}

const sizes: SizeResult[] = [];
for (const [index, size] of options.sizes.entries()) {
  // The first size's corpus was already (re)loaded for the build; the soak runs at the largest.
  const last = index === options.sizes.length - 1;
  sizes.push(await runSize({ ...options, fresh: options.fresh && (options.skipBuild || index > 0), soak: options.soak && last }, size));
}

const largest = sizes.at(-1)!;
const budgets: Budget[] = [...sizes.slice(0, -1).flatMap((s) => sizeBudgets(s).filter((b) => b.hard)), ...sizeBudgets(largest)];
if (sizes.length > 1) budgets.push(...scalingBudgets(sizes[0]!, largest));
if (options.scaleOut) budgets.push(...(await runScaleOut(options)).budgets);

const report: BenchReport = { startedAt, commit: gitCommit(), machine, options, sizes, budgets };
printReport(report);
const stem = await writeReport(report);
console.log(`\nResults: ${path.relative(process.cwd(), stem)}.{json,md}`);

const failed = budgets.filter((b) => !b.pass && (b.hard || options.enforceRatios));
if (!options.enforceRatios) {
  const missed = budgets.filter((b) => !b.pass && !b.hard).length;
  if (missed) console.log(`${missed} ratio budget(s) missed: reported, not enforced with --ci (CI machines are noisy).`);
}
if (failed.length) {
  console.error(`\n${failed.length} budget(s) failed:\n${failed.map((b) => `  ${budgetLine(b)}`).join('\n')}`);
  process.exit(1);
}
process.exit(0);
