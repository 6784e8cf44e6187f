import { feedResponse } from '@/lib/seo/feeds/response';
import { feedFileSchema } from '@/lib/seo/schema';
import { xmlNotFound } from '@/lib/seo/xml-response';

type Context = { params: Promise<{ kind: string; file: string }> };

/** /feeds/section/politics.xml (RSS) or .atom (Atom); the same for topic/<slug> and author/<slug>. */
export async function GET(request: Request, { params }: Context) {
  const parsed = feedFileSchema.safeParse(await params);
  if (!parsed.success) return xmlNotFound();
  const { kind, file } = parsed.data;
  return feedResponse(request, { kind, slug: file.slug }, file.format);
}
