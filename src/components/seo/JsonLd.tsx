import { serializeJsonLd, type JsonLdDocument } from '@/lib/seo/json-ld';

/** A page's structured data (schema.org JSON-LD), escaped for an inline script. */
export function JsonLd({ data }: { data: JsonLdDocument }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
