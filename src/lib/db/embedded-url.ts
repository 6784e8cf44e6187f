// The embedded database's address names it (as its application_name), so the client can tell
// it from a Postgres server without importing PGlite: pglite-socket runs every connection in
// one session, where prepared statements from two connections would share their names.

const applicationName = 'newsroom-embedded';

export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${applicationName}`;
}

export function isEmbeddedUrl(url: string): boolean {
  return URL.canParse(url) && new URL(url).searchParams.get('application_name') === applicationName;
}
