import { getNewsArticles } from '@/lib/seo/sitemaps/news-queries';
import { renderNewsSitemap } from '@/lib/seo/sitemaps/render';
import { SITEMAP_CONTENT_TYPE } from '@/lib/seo/sitemaps/responses';
import { xmlResponse } from '@/lib/seo/xml-response';

/** Google News: the last 48 hours of stories; empty (and still valid) on a quiet weekend. */
export async function GET(request: Request) {
  return xmlResponse(request, renderNewsSitemap(await getNewsArticles()), { contentType: SITEMAP_CONTENT_TYPE, maxAge: 60 });
}
