import { cacheSignal } from 'react';

/**
 * When a server render finishes, React aborts its cacheSignal with an Error. V8 keeps that
 * Error's stack unformatted until someone reads it, and an unformatted stack holds each frame's
 * `this`: here the `setImmediate` callback's Immediate, which stays linked to the other Immediates
 * of its turn and, through their async context, to the renders that queued them. Under steady
 * load every finished render then keeps the next ones alive (about 60 KB each, never freed).
 * Reading `stack` once formats it and lets the frames go.
 */
export function formatRenderAbortReason() {
  const signal = cacheSignal();
  if (!signal || signal.aborted) return;
  signal.addEventListener('abort', () => void (signal.reason as { stack?: unknown } | undefined)?.stack, { once: true });
}
