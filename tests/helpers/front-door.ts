import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFrontDoor } from '@/server/front-door';

// The server's front door on a real socket, with a stand-in for Next.js behind it: by default
// one that answers 404 "next", so a test sees which requests the front door answers itself.

export type FrontDoor = { url: string; close: () => Promise<void> };

const answerNext: RequestListener = (_request, response) => {
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('next');
};

export async function startFrontDoor(next: RequestListener = answerNext): Promise<FrontDoor> {
  const server: Server = createServer(createFrontDoor(next, { stripClientRuntime: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
