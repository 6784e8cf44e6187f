import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { steadyRate } from './steady-rate';

// The load generators. Throughput runs use wrk (C, one thread: it needs a fraction of a core,
// leaving the other to the server) or autocannon; fixed-rate latency runs use an open-loop
// schedule (./steady-rate.ts: autocannon's rate option sends bursts). All time out a request at 10 s.

export type LoadTarget = { origin: string; paths: string[]; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> };
export type LoadResult = {
  requests: number; rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number;
  bytesPerResponse: number; toolCpuPercent: number; maxRssMb: number;
  /** The server's CPU time per request: unlike req/s, barely moved by other work on the machine. */
  serverCpuMs: number;
};
/** The server under load: its resident memory (MB) and CPU time used so far (ms). */
export type ServerProbe = { rss: () => number; cpuMs: () => number };

const timeoutSeconds = 10;

/** What a load generator reports; `observe` adds what the server used. */
export type Measured = Omit<LoadResult, 'maxRssMb' | 'serverCpuMs'>;

async function observe(server: ServerProbe | undefined, work: Promise<Measured>): Promise<LoadResult> {
  let maxRssMb = server?.rss() ?? 0;
  const cpuBefore = server?.cpuMs() ?? 0;
  const timer = setInterval(() => (maxRssMb = Math.max(maxRssMb, server?.rss() ?? 0)), 500);
  try {
    const result = await work;
    const cpu = (server?.cpuMs() ?? 0) - cpuBefore;
    return { ...result, maxRssMb, serverCpuMs: result.requests ? cpu / result.requests : 0 };
  } finally {
    clearInterval(timer);
  }
}

const luaString = (text: string) => JSON.stringify(text);

async function wrkScript(target: LoadTarget): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-wrk-'));
  const pathsFile = path.join(dir, 'paths.txt');
  await writeFile(pathsFile, `${target.paths.join('\n')}\n`);
  const script = path.join(dir, 'script.lua');
  await writeFile(script, [
    target.method ? `wrk.method = ${luaString(target.method)}` : '',
    target.body ? `wrk.body = ${luaString(target.body)}` : '',
    ...Object.entries(target.headers ?? {}).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`),
    'local paths = {}',
    `for line in io.lines(${luaString(pathsFile)}) do paths[#paths + 1] = line end`,
    'local i = 0',
    'request = function()',
    '  i = i + 1',
    '  return wrk.format(nil, paths[(i - 1) % #paths + 1])',
    'end',
  ].join('\n'));
  return script;
}

function milliseconds(value: string): number {
  const match = /([\d.]+)(us|ms|s|m)/.exec(value);
  if (!match) return NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(match[1]) * factor;
}

const bytes = (value: string, unit: string) => Number(value) * ({ B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[unit] ?? 1);

function parseWrk(output: string, seconds: number): Measured {
  const requestsLine = /(\d+) requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read/.exec(output);
  const requests = Number(requestsLine?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  const times = output.trim().split('\n').slice(-1)[0]!.split(/\s+/).map((t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  });
  return {
    requests,
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    p50: milliseconds(/^\s+50%\s+(\S+)\s*$/m.exec(output)?.[1] ?? ''),
    p99: milliseconds(/^\s+99%\s+(\S+)\s*$/m.exec(output)?.[1] ?? ''),
    errors: connect! + read! + write! + timeout!,
    timeouts: timeout!,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    bytesPerResponse: requests ? Math.round(bytes(requestsLine![2]!, requestsLine![3]!) / requests) : 0,
    toolCpuPercent: Math.round(((times[0] ?? 0) + (times[1] ?? 0)) / seconds * 100),
  };
}

async function wrk(target: LoadTarget, seconds: number, connections: number) {
  const script = await wrkScript(target);
  // `times` after wrk prints the CPU the load generator itself used.
  const command = `wrk -t1 -c${connections} -d${seconds}s --timeout ${timeoutSeconds}s --latency -s '${script}' '${target.origin}'; times`;
  const output = await new Promise<string>((resolve, reject) =>
    execFile('bash', ['-c', command], { maxBuffer: 1 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
  return parseWrk(output, seconds);
}

async function cannon(target: LoadTarget, seconds: number, connections: number): Promise<Measured> {
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: target.origin,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    requests: [{
      method: target.method ?? 'GET',
      body: target.body,
      headers: target.headers,
      setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length]! }),
    }],
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    toolCpuPercent: Math.round((cpu.user + cpu.system) / 1e4 / seconds),
  };
}

export type Tool = 'wrk' | 'autocannon';

/**
 * Waits until the server is idle (under 20% of a core for a quarter second): when a throughput
 * run ends, the server still owes answers to every connection it had open.
 */
export async function settle(server: ServerProbe, timeoutMs = 30_000) {
  const started = Date.now();
  let before = server.cpuMs();
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = server.cpuMs();
    if (now - before < 50) return;
    before = now;
  }
}

/** Requests every path once, `concurrency` at a time (a warm-up: the answers are read and dropped, failures ignored). */
export async function requestEach(origin: string, paths: string[], concurrency = 10) {
  await Promise.all(Array.from({ length: concurrency }, async (_, lane) => {
    for (let i = lane; i < paths.length; i += concurrency) await fetch(origin + paths[i]).then((r) => r.arrayBuffer(), () => null);
  }));
}

/** As many requests as `connections` concurrent clients can get answered. */
export function throughput(tool: Tool, target: LoadTarget, seconds: number, connections: number, server?: ServerProbe): Promise<LoadResult> {
  return observe(server, tool === 'wrk' ? wrk(target, seconds, connections) : cannon(target, seconds, connections));
}

/** A steady `rate` requests per second, for latency percentiles that mean something. */
export function fixedRate(target: LoadTarget, rate: number, seconds: number, server?: ServerProbe): Promise<LoadResult> {
  return observe(server, steadyRate(target, rate, seconds, timeoutSeconds * 1000));
}
