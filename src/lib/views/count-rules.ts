import { SESSION_COOKIE } from '@/lib/auth/session-cookie';

// Which beacon requests are a reader's page view. The `isbot` package is not installed, so the
// crawlers are named here. Every mainstream browser's user agent starts with "Mozilla/"; a
// request without it is a script or a feed reader. Of those with it, these words mark a
// crawler, a link-preview fetcher (chat apps, social networks, Kakao, Naver, Daum), an SEO or
// uptime tool, an AI crawler, or a headless browser driven by a program.
const botPattern = new RegExp(
  [
    'bot', 'crawl', 'spider', 'slurp', 'scrap', 'fetch', 'archiv', 'preview', 'monitor', 'check', 'scan',
    'headless', 'lighthouse', 'pagespeed', 'phantomjs', 'puppeteer', 'playwright', 'selenium', 'electron',
    'facebookexternalhit', 'whatsapp', 'embedly', 'pinterest', 'yeti', 'daumoa', 'yandex', 'baidu', 'bytespider',
    'mediapartners', 'feed', 'rss', 'curl', 'wget', 'python', 'java/', 'okhttp', 'axios', 'httpclient', 'libwww',
    'google-inspectiontool', 'googleother', 'chatgpt', 'claude', 'anthropic', 'perplexity', 'ccbot', 'ia_archiver',
  ].join('|'),
  'i',
);

export function isBot(userAgent: string | null): boolean {
  return !userAgent?.startsWith('Mozilla/') || botPattern.test(userAgent);
}

/** Speculative loads: link prefetch and prerender (Chromium, Firefox, Safari) and Next.js's router. */
export function isPrefetch(headers: HeaderReader): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  return /prefetch|prerender/i.test(purpose) || headers.has('next-router-prefetch');
}

// Draft Mode's cookie: whoever holds it is looking at a preview, not the published page.
const previewCookie = '__prerender_bypass';

/**
 * A reader's page view: a browser (not a crawler), loading the page for real (not a prefetch),
 * from one of our own pages (another site cannot embed the beacon to count), and not someone
 * from the newsroom (a session cookie) or a preview.
 */
export function isReaderPageView(headers: HeaderReader): boolean {
  if (isBot(headers.get('user-agent')) || isPrefetch(headers)) return false;
  const cookies = headers.get('cookie') ?? '';
  if (hasCookie(cookies, SESSION_COOKIE) || hasCookie(cookies, previewCookie)) return false;
  const site = headers.get('sec-fetch-site');
  return site === null || site === 'same-origin';
}

/** Request headers as the Fetch API's Headers reads them (names in any case). */
export type HeaderReader = Pick<Headers, 'get' | 'has'>;

function hasCookie(cookieHeader: string, name: string): boolean {
  return cookieHeader.split(';').some((pair) => pair.trim().startsWith(`${name}=`));
}
