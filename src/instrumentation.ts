// Runs once when a Next.js server starts. Background work that belongs to the server process,
// not to any request, starts here; only in the Node.js runtime.

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startViewFlusher } = await import('@/lib/views/flusher');
    startViewFlusher();
    const { startScheduler } = await import('@/lib/scheduler/trigger');
    startScheduler();
  }
}
