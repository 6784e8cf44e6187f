import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { after } from 'next/server';
import { siteUrl } from '@/lib/urls';

// The front proxy (deploy/nginx.conf) keeps each public page for one second, and nginx counts
// lifetimes in whole seconds, so a copy stored just before a publish can be served for up to two.
// After a change the app asks the proxy's refresh listener for the pages it touched: that
// listener always goes to the app and stores what it gets, replacing the copy readers are served.
// PROXY_REFRESH_URL names the listener (a comma-separated list for several proxies).

const REFRESH_TIMEOUT_MS = 10_000;

/** The refresh listeners PROXY_REFRESH_URL names; none when it is unset. */
export function proxyRefreshOrigins(value = process.env.PROXY_REFRESH_URL): URL[] {
  if (!value?.trim()) return [];
  return value.split(',').map((entry) => {
    const url = URL.canParse(entry.trim()) ? new URL(entry.trim()) : null;
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new Error(`PROXY_REFRESH_URL: "${entry.trim()}" is not an http(s) address, e.g. http://127.0.0.1:8081`);
    }
    return url;
  });
}

/** One GET through a refresh listener, with the site's own Host so it lands on the readers' cache entry. */
function refreshOne(origin: URL, host: string, pagePath: string): Promise<number> {
  const send = origin.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(new URL(pagePath, origin), { headers: { host }, timeout: REFRESH_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer in ${REFRESH_TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Asks every listener for the pages, one at a time and in the order given: each is a render in
 * the app, and seven at once would all finish late, the front page with them. A failure is
 * logged, never thrown: that copy then expires on its own within two seconds.
 */
export async function refreshProxiedPages(origins: URL[], pagePaths: string[], host = new URL(siteUrl()).host): Promise<void> {
  await Promise.all(
    origins.map(async (origin) => {
      for (const pagePath of pagePaths) {
        await refreshOne(origin, host, pagePath).then(
          (status) => (status >= 500 ? console.warn(`Proxy refresh of ${pagePath} via ${origin.origin}: ${status}`) : undefined),
          (error: Error) => console.warn(`Proxy refresh of ${pagePath} via ${origin.origin} failed: ${error.message}`),
        );
      }
    }),
  );
}

/** After the response (when the app's own cache entries have expired), refreshes the proxy's copies of these pages. */
export function refreshProxiedPagesAfterResponse(pagePaths: string[]): void {
  const origins = proxyRefreshOrigins();
  if (origins.length === 0 || pagePaths.length === 0) return;
  after(() => refreshProxiedPages(origins, pagePaths));
}
