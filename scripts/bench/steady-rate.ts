import http from 'node:http';
import type { LoadTarget, Measured } from './load';

// The fixed-rate latency runs: an open-loop load that sends request i at start + i/rate whatever
// the server is doing, and times each answer from that scheduled moment, so a stall shows in the
// percentiles of every request it delayed (no coordinated omission).
//
// autocannon's `overallRate` is not that: each connection gets a budget of requests per second
// and spends it at once when the second starts (lib/httpClient.js, `reqsMadeThisSecond`), so
// "100 requests/s" is a burst of 100 every second. On this machine that alone put the cached
// article's p99 at 35-47 ms where a steady 100/s gives 8-15 ms; nginx, which answers a burst in a
// few milliseconds, hides it.


type Outcome = { latencyMs: number; status: number; bytes: number } | { failure: 'error' | 'timeout' };

function send(agent: http.Agent, target: LoadTarget, path: string, scheduledAt: number, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(`${target.origin}${path}`, { agent, method: target.method ?? 'GET', headers: target.headers, timeout: timeoutMs }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ latencyMs: performance.now() - scheduledAt, status: response.statusCode ?? 0, bytes }));
      response.on('error', () => resolve({ failure: 'error' }));
    });
    request.on('timeout', () => {
      request.destroy();
      resolve({ failure: 'timeout' });
    });
    request.on('error', () => resolve({ failure: 'error' }));
    request.end(target.body);
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0);

/** `rate` requests per second for `seconds`, evenly spaced, cycling through the target's paths. */
export async function steadyRate(target: LoadTarget, rate: number, seconds: number, timeoutMs: number): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const cpuBefore = process.cpuUsage();
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const started = performance.now();
  const pending: Promise<Outcome>[] = [];
  try {
    for (let i = 0; i < total; i++) {
      const scheduledAt = started + i * interval;
      const wait = scheduledAt - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(send(agent, target, target.paths[i % target.paths.length]!, scheduledAt, timeoutMs));
    }
    const outcomes = await Promise.all(pending);
    const elapsedSeconds = (performance.now() - started) / 1000;
    const answered = outcomes.filter((o) => 'status' in o);
    const latencies = answered.map((o) => o.latencyMs).sort((a, b) => a - b);
    const cpu = process.cpuUsage(cpuBefore);
    return {
      requests: answered.length,
      rps: answered.length / elapsedSeconds,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      errors: outcomes.filter((o) => 'failure' in o).length,
      timeouts: outcomes.filter((o) => 'failure' in o && o.failure === 'timeout').length,
      non2xx: answered.filter((o) => o.status < 200 || o.status > 299).length,
      bytesPerResponse: answered.length ? Math.round(answered.reduce((sum, o) => sum + o.bytes, 0) / answered.length) : 0,
      toolCpuPercent: Math.round((cpu.user + cpu.system) / 1e4 / elapsedSeconds),
    };
  } finally {
    agent.destroy();
  }
}
