import { articleSitemapFileSchema } from '@/lib/seo/schema';
import { monthSitemapResponse } from '@/lib/seo/sitemaps/responses';
import { xmlNotFound } from '@/lib/seo/xml-response';

type Context = { params: Promise<{ file: string }> };

/** /sitemaps/articles/2019-07.xml: the stories first published in that month (KST). */
export async function GET(request: Request, { params }: Context) {
  const parsed = articleSitemapFileSchema.safeParse((await params).file);
  if (!parsed.success) return xmlNotFound();
  return monthSitemapResponse(request, parsed.data.month, parsed.data.part);
}
