// The beacon's answer: a transparent 1x1 GIF that no browser or proxy may store, so every page
// load asks again, and that search engines leave out of their index.

export const pixelGif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const pixelHeaders = {
  'Content-Type': 'image/gif',
  'Content-Length': String(pixelGif.length),
  'Cache-Control': 'no-store, max-age=0',
  'X-Robots-Tag': 'noindex',
} as const;
