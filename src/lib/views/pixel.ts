// The beacon's answer: a transparent 1x1 GIF that no browser or proxy may store, so every page
// load asks again, and that search engines leave out of their index.

const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const headers = {
  'Content-Type': 'image/gif',
  'Content-Length': String(gif.length),
  'Cache-Control': 'no-store, max-age=0',
  'X-Robots-Tag': 'noindex',
};

export function pixelResponse(method: 'GET' | 'HEAD' = 'GET'): Response {
  return new Response(method === 'HEAD' ? null : new Uint8Array(gif), { headers });
}

export function notFoundResponse(): Response {
  return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
}
