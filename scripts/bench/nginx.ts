import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ServerProbe } from './load';
import { freePort, processTreeCpuMs, processTreeRss, sleep } from './proc';

// Temporary nginx servers: each gets its own prefix in a temp dir, runs with `daemon off` as a
// child process on a free port, and is removed when stopped. Two kinds: the static-file
// baseline (the physical upper bound) and the shipped front proxy from deploy/.

export type RunningNginx = { port: number; url: string; probe: ServerProbe; stop: () => Promise<void> };

const workerUser = () => (process.getuid?.() === 0 ? `user ${os.userInfo().username};` : '');

async function prefixDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-nginx-'));
  await chmod(dir, 0o755);
  return dir;
}

async function run(dir: string, config: string, port: number): Promise<RunningNginx> {
  const confFile = path.join(dir, 'nginx.conf');
  await writeFile(confFile, config);
  const child = spawn('nginx', ['-p', dir, '-c', confFile, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '')}`);
    if (await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)) break;
    if (attempt > 40) throw new Error(`nginx did not answer on ${url}`);
    await sleep(100);
  }
  return {
    port,
    url,
    probe: { rss: () => processTreeRss(child.pid!), cpuMs: () => processTreeCpuMs(child.pid!) },
    async stop() {
      child.kill('SIGQUIT');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** nginx serving one saved page as a static file, tuned as any static site would be. */
export async function staticNginx(html: string): Promise<RunningNginx> {
  const dir = await prefixDir();
  const port = await freePort();
  await mkdir(path.join(dir, 'www'), { mode: 0o755 });
  await writeFile(path.join(dir, 'www', 'article.html'), html, { mode: 0o644 });
  const config = `${workerUser()}
daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  server { listen 127.0.0.1:${port}; root ${dir}/www; index article.html; }
}`;
  return run(dir, config, port);
}

function replaceOnce(config: string, pattern: RegExp, replacement: string, file: string): string {
  if (!pattern.test(config)) throw new Error(`${file} no longer contains ${pattern}: update scripts/bench/nginx.ts`);
  return config.replace(pattern, replacement);
}

/**
 * The shipped proxy config (deploy/*.conf) with its port, upstreams and paths pointed at the
 * benchmark; its refresh listener on `refreshPort`, the port the apps' PROXY_REFRESH_URL names.
 */
export async function proxyNginx(file: string, appPorts: number[], refreshPort: number): Promise<RunningNginx> {
  const dir = await prefixDir();
  const port = await freePort();
  let config = await readFile(file, 'utf8');
  config = replaceOnce(config, /^user [^;]+;/m, `${workerUser()}\ndaemon off;`, file);
  config = replaceOnce(config, /^pid [^;]+;/m, `pid ${dir}/nginx.pid;`, file);
  config = replaceOnce(config, /^error_log [^;]+;/m, `error_log ${dir}/error.log warn;`, file);
  config = replaceOnce(config, /access_log [^;]+;/, `access_log off;\n  client_body_temp_path ${dir}/tmp-body;\n  proxy_temp_path ${dir}/tmp-proxy;\n  fastcgi_temp_path ${dir}/tmp-fastcgi;\n  uwsgi_temp_path ${dir}/tmp-uwsgi;\n  scgi_temp_path ${dir}/tmp-scgi;`, file);
  config = replaceOnce(config, /proxy_cache_path \S+/, `proxy_cache_path ${dir}/cache`, file);
  config = replaceOnce(config, /listen 80;/, `listen 127.0.0.1:${port};`, file);
  config = replaceOnce(config, /listen 127\.0\.0\.1:8081;/, `listen 127.0.0.1:${refreshPort};`, file);
  const servers = [...config.matchAll(/server 127\.0\.0\.1:\d+/g)];
  if (servers.length !== appPorts.length) throw new Error(`${file} has ${servers.length} upstream servers, the benchmark started ${appPorts.length}`);
  let index = 0;
  config = config.replace(/server 127\.0\.0\.1:\d+/g, () => `server 127.0.0.1:${appPorts[index++]}`);
  return run(dir, config, port);
}
