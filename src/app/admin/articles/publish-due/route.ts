import { expireInRoute, revalidateArticle } from '@/lib/articles/revalidate';
import { publishDueArticles } from '@/lib/scheduler/publish-due';
import { isSchedulerToken, SCHEDULER_TOKEN_HEADER } from '@/lib/scheduler/trigger';

// Called by this process's scheduler timer (src/lib/scheduler/trigger.ts) every few seconds.
// It is not a page anyone visits: without the process's token it answers 403.

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (!isSchedulerToken(request.headers.get(SCHEDULER_TOKEN_HEADER))) {
    return Response.json({ error: 'forbidden' }, { status: 403 });
  }
  const { published, returnedToDraft } = await publishDueArticles();
  for (const { before, after } of published) await revalidateArticle(before, after, expireInRoute);
  for (const { id, reason } of returnedToDraft) console.warn(`Scheduled story ${id} was returned to draft: ${reason}`);
  return Response.json({ published: published.map((p) => p.after.id), returnedToDraft: returnedToDraft.map((r) => r.id) });
}
