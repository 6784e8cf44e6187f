import { throughput, type Tool } from './load';

// `--soak`: minutes of mixed load (cached pages and never-visited articles, so the page cache
// keeps filling) while the server's RSS is sampled; memory must level off, not keep growing.

export type SoakResult = { minutes: number; requests: number; errors: number; firstMb: number; lastMb: number; maxMb: number; samplesMb: number[] };

const average = (values: number[]) => Math.round(values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length));

export async function soak(origin: string, paths: string[], minutes: number, tool: Tool, connections: number, rss: () => number): Promise<SoakResult> {
  const samples: { at: number; mb: number }[] = [];
  const started = Date.now();
  const timer = setInterval(() => samples.push({ at: Date.now() - started, mb: rss() }), 5000);
  let requests = 0;
  let errors = 0;
  try {
    while (Date.now() - started < minutes * 60_000) {
      const run = await throughput(tool, { origin, paths }, 30, connections);
      requests += run.requests;
      errors += run.errors + run.non2xx;
    }
  } finally {
    clearInterval(timer);
  }
  const minute = 60_000;
  const end = Date.now() - started;
  return {
    minutes,
    requests,
    errors,
    firstMb: average(samples.filter((s) => s.at <= minute).map((s) => s.mb)),
    lastMb: average(samples.filter((s) => s.at >= end - minute).map((s) => s.mb)),
    maxMb: Math.max(...samples.map((s) => s.mb)),
    samplesMb: samples.map((s) => s.mb),
  };
}
