import { articleSitemapFileSchema } from '@/lib/seo/schema';
import { getArticleMonth } from '@/lib/seo/sitemaps/article-queries';
import { urlsetResponse } from '@/lib/seo/sitemaps/responses';
import { xmlNotFound } from '@/lib/seo/xml-response';

type Context = { params: Promise<{ file: string }> };

/** /sitemaps/articles/2019-07.xml: the stories first published in that month (KST). */
export async function GET(request: Request, { params }: Context) {
  const parsed = articleSitemapFileSchema.safeParse((await params).file);
  if (!parsed.success) return xmlNotFound();
  const urls = await getArticleMonth(parsed.data.month, parsed.data.part);
  if (urls.length === 0) return xmlNotFound();
  return urlsetResponse(request, urls);
}
