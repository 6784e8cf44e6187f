import { fixedRate, settle, throughput, type LoadResult, type LoadTarget, type ServerProbe, type Tool } from './load';
import type { PageSpec } from './pages';

// Loads each page type in turn: a check that it answers (a broken page is an error, not a slow
// one), a short warm-up, a throughput run, then a fixed-rate run for latency percentiles.

export type PageResult = {
  key: string;
  label: string;
  group: PageSpec['group'];
  path: string;
  status: number | null;
  bytes: number;
  error?: string;
  throughput?: LoadResult;
  latency?: LoadResult;
  latencyRate: number;
};

export type MeasureSettings = { tool: Tool; seconds: number; rateSeconds: number; connections: number; server: ServerProbe };

async function check(origin: string, page: PageSpec): Promise<{ status: number | null; bytes: number; error?: string }> {
  try {
    const response = await fetch(origin + page.paths[0], {
      method: page.method ?? 'GET', body: page.body, headers: page.headers,
      redirect: 'manual', signal: AbortSignal.timeout(30_000),
    });
    const body = await response.arrayBuffer();
    const ok = response.status >= 200 && response.status < 300;
    return { status: response.status, bytes: body.byteLength, error: ok ? undefined : `answers HTTP ${response.status}` };
  } catch (error) {
    return { status: null, bytes: 0, error: `no answer: ${(error as Error).message}` };
  }
}

const target = (origin: string, page: PageSpec, paths: string[]): LoadTarget =>
  ({ origin, paths, method: page.method, body: page.body, headers: page.headers });

export async function measurePage(origin: string, page: PageSpec, settings: MeasureSettings): Promise<PageResult> {
  const checked = await check(origin, page);
  const result: PageResult = {
    key: page.key, label: page.label, group: page.group, path: page.paths[0]!, latencyRate: page.rate, ...checked,
  };
  if (checked.error) return result;
  if (page.group !== 'uncached') {
    for (let i = 0; i < 5; i++) await fetch(origin + page.paths[0], { method: page.method ?? 'GET', body: page.body, headers: page.headers }).then((r) => r.arrayBuffer());
  }
  result.throughput = await throughput(settings.tool, target(origin, page, page.paths), settings.seconds, settings.connections, settings.server);
  await settle(settings.server);
  result.latency = await fixedRate(target(origin, page, page.ratePaths), page.rate, settings.rateSeconds, settings.server);
  await settle(settings.server);
  return result;
}

export const failures = (run: LoadResult | undefined) => (run ? run.errors + run.non2xx : 0);
