import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { clientAddress } from '@/lib/auth/client-address';
import { spendClientBudget } from '@/lib/views/client-budget';
import { isReaderPageView } from '@/lib/views/count-rules';
import { notFoundResponse, pixelResponse } from '@/lib/views/pixel';
import { recordPageView, reportViewError } from '@/lib/views/record-view';

// The page-view beacon: article pages embed <img src="/api/views/<id>">. Pages are cached HTML,
// so the count happens here, once per page load; the reader gets the pixel whatever happens.

const paramsSchema = z.object({
  id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647)),
});

type Context = { params: Promise<{ id: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return notFoundResponse();
  const { id } = parsed.data;
  if (isReaderPageView(request) && spendClientBudget(clientAddress(request.headers), id)) {
    await recordPageView(id).catch(reportViewError);
  }
  return pixelResponse();
}

/** Link checkers ask with HEAD: answered, never counted. */
export function HEAD() {
  return pixelResponse('HEAD');
}
