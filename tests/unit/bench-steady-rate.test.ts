import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { steadyRate } from '../../scripts/bench/steady-rate';

// The benchmark's fixed-rate runs must spread their requests over each second (a burst at the
// start of every second measures queueing, not the server) and count what failed.

const arrivals: number[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    arrivals.push(performance.now());
    if (request.url === '/fail') return void response.writeHead(500).end('no');
    if (request.url === '/hang') return;
    response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('sends the requests evenly over the run, not in a burst each second', async () => {
  arrivals.length = 0;
  const result = await steadyRate({ origin, paths: ['/'] }, 100, 1, 10_000);
  expect(result).toMatchObject({ requests: 100, errors: 0, timeouts: 0, non2xx: 0 });
  expect(result.rps).toBeGreaterThan(80);
  const busiestTenth = Math.max(...arrivals.map((start) => arrivals.filter((t) => t >= start && t < start + 100).length));
  expect(busiestTenth).toBeLessThanOrEqual(15);
});

test('counts answers that are not 2xx, and requests that time out', async () => {
  const failing = await steadyRate({ origin, paths: ['/fail'] }, 20, 0.5, 10_000);
  expect(failing).toMatchObject({ requests: 10, non2xx: 10, errors: 0 });
  const hanging = await steadyRate({ origin, paths: ['/hang'] }, 20, 0.25, 200);
  expect(hanging).toMatchObject({ requests: 0, timeouts: 5, errors: 5 });
});
