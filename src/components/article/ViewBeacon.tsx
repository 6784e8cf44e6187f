/**
 * Counts a page view without JavaScript: the browser fetches this pixel once per page load (the
 * answer is no-store). fetchPriority="low" is what keeps it from being counted early: React
 * turns every other <img> into a preload hint, and Next.js's link prefetches deliver those hints,
 * so a prefetched page's beacon would fire before anyone opened it. It is answered by the
 * server's front door (src/server/front-door.ts).
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  // A plain <img>: next/image would rewrite and resize it.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={`/api/views/${articleId}`} alt="" width={1} height={1} className="visually-hidden" fetchPriority="low" decoding="async" />;
}
