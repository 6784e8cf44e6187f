/**
 * One call at a time per arguments: while a call is running, callers with the same arguments get
 * its promise instead of starting another. For reads behind `unstable_cache`, whose stale entries
 * are refreshed by every request that meets them (each request schedules its own background
 * revalidation): without this, a slow read (the sitemap index's months, half a second over
 * 100,000 stories) ran once per request until one finished, and the page fell from 600 to 90
 * requests/s (README, "Performance").
 */
export function singleFlight<Args extends unknown[], Result>(read: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  const running = new Map<string, Promise<Result>>();
  return (...args: Args) => {
    const key = JSON.stringify(args);
    const current = running.get(key);
    if (current) return current;
    const call = read(...args).finally(() => running.delete(key));
    running.set(key, call);
    return call;
  };
}
