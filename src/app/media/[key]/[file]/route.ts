import { mediaStorage } from '@/lib/media/storage';

// Stored photo files. Names are content hashes, so a file never changes: cache it for a year.

const types: Record<string, string> = { jpg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', png: 'image/png' };

export async function GET(_request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  const stored = await mediaStorage.get(`${key}/${file}`);
  if (!stored) return new Response('Not found', { status: 404 });
  return new Response(stored.body, {
    headers: {
      'Content-Type': types[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
      'Content-Length': String(stored.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
