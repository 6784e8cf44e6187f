import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Budget } from './budgets';
import type { LoadResult } from './load';
import { failures } from './measure';
import type { BenchOptions } from './options';
import type { SizeResult } from './run-size';

// The results as a table on the terminal, and as JSON and Markdown under bench-results/.

export type BenchReport = { startedAt: string; commit: string; machine: string; options: BenchOptions; sizes: SizeResult[]; budgets: Budget[] };

const fixed = (value: number | undefined, digits = 1) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

function row(label: string, pagePath: string, bytes: number, run: LoadResult | undefined, nginxRps: number, latency?: LoadResult, rate?: number): string[] {
  return [
    label, pagePath, fixed(bytes / 1024), fixed(run?.rps, 0), run ? `${((run.rps / nginxRps) * 100).toFixed(2)}%` : '–',
    fixed(run?.p50), fixed(run?.p99), latency ? `${fixed(latency.p99)} @${rate}/s` : '–', fixed(run?.serverCpuMs, 2),
    String(failures(run) + failures(latency)), run ? String(run.maxRssMb || '–') : '–',
  ];
}

export function sizeTable(result: SizeResult): string[][] {
  const header = ['page', 'path', 'KB', 'req/s', 'vs nginx', 'p50 ms', 'p99 ms', 'p99 ms at fixed rate', 'CPU ms/req', 'errors', 'RSS MB'];
  const rows = [row('nginx, static file (baseline)', '/article.html', result.nginxBytes, result.nginx, result.nginx.rps)];
  if (result.nextFloor) {
    const { page, pageBytes, firstRender, firstRenderBytes } = result.nextFloor;
    rows.push(row('Next.js, a trivial prerendered page', '/ (next start)', pageBytes, page, result.nginx.rps));
    rows.push(row('Next.js, a trivial page\'s first render', '/r/… (next start)', firstRenderBytes, firstRender, result.nginx.rps));
  }
  for (const page of result.pages) {
    rows.push(page.error
      ? [page.label, page.path, '–', '–', '–', '–', '–', '–', '–', page.error, '–']
      : row(page.label, page.path, page.bytes, page.throughput, result.nginx.rps, page.latency, page.latencyRate));
  }
  if (result.proxy) rows.push(row('Article via deploy/nginx.conf', result.pages[0]!.path, result.nginxBytes, result.proxy, result.nginx.rps));
  return [header, ...rows];
}

function markdownTable(rows: string[][]): string {
  const [header, ...body] = rows;
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header!), line(header!.map(() => '---')), ...body.map(line)].join('\n');
}

function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => Math.min(48, r[i]!.length))));
  return rows.map((r) => r.map((cell, i) => (cell.length > 48 ? `${cell.slice(0, 47)}…` : cell).padEnd(widths[i]!)).join('  ')).join('\n');
}

export const budgetLine = (b: Budget) => `${b.pass ? 'PASS' : b.hard ? 'FAIL' : 'MISS'}  ${b.name}: ${b.measured} (budget ${b.limit})`;

export function printReport(report: BenchReport) {
  for (const size of report.sizes) {
    console.log(`\n${size.size.toLocaleString('en')} articles (${report.options.tool}, ${report.options.connections} connections, ${report.options.duration} s per page):\n`);
    console.log(textTable(sizeTable(size)));
    for (const note of size.notes) console.log(`note: ${note}`);
  }
  console.log('\nBudgets:');
  for (const budget of report.budgets) console.log(`  ${budgetLine(budget)}`);
}

function markdown(report: BenchReport): string {
  const parts = [`# Benchmark ${report.startedAt}`, '', `Commit ${report.commit}; ${report.machine}; load tool ${report.options.tool}, ${report.options.connections} connections, ${report.options.duration} s per page, fixed-rate runs ${report.options.rateDuration} s.`];
  for (const size of report.sizes) {
    parts.push('', `## ${size.size.toLocaleString('en')} articles`, '', markdownTable(sizeTable(size)));
    if (size.corpus) parts.push('', `Corpus loaded in ${(size.corpus.total / 1000).toFixed(1)} s: ${Object.entries(size.corpus).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}.`);
    for (const note of size.notes) parts.push('', `Note: ${note}`);
  }
  parts.push('', '## Budgets', '', ...report.budgets.map((b) => `- ${budgetLine(b)}`));
  return `${parts.join('\n')}\n`;
}

export function describeMachine(): string {
  const [one] = os.loadavg();
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, load average ${one!.toFixed(1)} at start`;
}

export function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function writeReport(report: BenchReport): Promise<string> {
  const dir = path.join(process.cwd(), 'bench-results');
  await mkdir(dir, { recursive: true });
  const stem = path.join(dir, `bench-${report.startedAt.replace(/[:.]/g, '-')}${report.options.ci ? '-ci' : ''}`);
  await writeFile(`${stem}.json`, JSON.stringify(report, null, 2));
  await writeFile(`${stem}.md`, markdown(report));
  return stem;
}
