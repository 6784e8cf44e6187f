import { expect, test } from 'vitest';
import { embeddedUrl, isEmbeddedUrl } from '@/lib/db/embedded-url';

test('the embedded database is told from a Postgres server by its address alone', () => {
  expect(isEmbeddedUrl(embeddedUrl(54321))).toBe(true);
  expect(isEmbeddedUrl('postgresql://postgres@127.0.0.1:5432/postgres')).toBe(false);
  expect(isEmbeddedUrl('postgresql://app@db.internal/newsroom?application_name=newsroom')).toBe(false);
  expect(isEmbeddedUrl('not a url')).toBe(false);
});
