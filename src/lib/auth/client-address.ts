import { isIP } from 'node:net';

// Which address a request came from, for login throttling and the session record.
//
// With TRUST_PROXY=1 the site sits behind one reverse proxy that appends the client's address to
// X-Forwarded-For (nginx: `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`), so the
// last entry is the one the proxy saw; entries before it come from the client and are ignored.
//
// Without it, the header is not trusted at all. The App Router gives server code no socket
// address: Next.js copies the socket's address into X-Forwarded-For only when the request has
// none, so a client talking to Next.js directly can choose it. The address is then unknown
// (null): per-address throttling is skipped and only the per-account limit applies.

export function clientAddress(headers: Pick<Headers, 'get'>, env: Record<string, string | undefined> = process.env): string | null {
  if (env.TRUST_PROXY !== '1') return null;
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim() ?? '';
  return isIP(last) ? last : null;
}
