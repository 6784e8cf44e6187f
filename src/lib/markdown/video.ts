const youtubeId = /^[\w-]{11}$/;
const vimeoId = /^\d{1,12}$/;

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
const vimeoHosts = new Set(['vimeo.com', 'www.vimeo.com']);

function parseUrl(url: string): URL | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function youtubeVideoId(url: URL): string | null {
  if (url.hostname === 'youtu.be') return url.pathname.slice(1);
  if (!youtubeHosts.has(url.hostname)) return null;
  if (url.pathname === '/watch') return url.searchParams.get('v');
  const embed = /^\/embed\/([^/]+)$/.exec(url.pathname);
  return embed?.[1] ?? null;
}

function vimeoVideoId(url: URL): string | null {
  if (!vimeoHosts.has(url.hostname)) return null;
  return /^\/([^/]+)\/?$/.exec(url.pathname)?.[1] ?? null;
}

/**
 * The privacy-friendly embed URL for a YouTube or Vimeo link (youtube-nocookie, Vimeo with
 * do-not-track), or null for any other host or a malformed id.
 */
export function videoEmbedUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;

  const youtube = youtubeVideoId(parsed);
  if (youtube !== null) {
    return youtubeId.test(youtube) ? `https://www.youtube-nocookie.com/embed/${youtube}` : null;
  }
  const vimeo = vimeoVideoId(parsed);
  if (vimeo !== null) {
    return vimeoId.test(vimeo) ? `https://player.vimeo.com/video/${vimeo}?dnt=1` : null;
  }
  return null;
}
