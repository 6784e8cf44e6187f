import type { MetadataRoute } from 'next';
import { seoPaths } from '@/lib/seo/paths';
import { absoluteUrl } from '@/lib/urls';

// Crawlers may read every public page but not the newsroom, editors' previews or search results
// (endless, thin pages). "$" ends a rule, so a section named e.g. "searchlight" stays crawlable.

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/admin$', '/admin/', '/preview$', '/preview/', '/search$', '/search?', '/search/', '/api/'],
    },
    sitemap: [absoluteUrl(seoPaths.sitemapIndex), absoluteUrl(seoPaths.newsSitemap)],
  };
}
