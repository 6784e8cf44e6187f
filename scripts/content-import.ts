// `npm run content:import`: imports content/ into DATABASE_URL (or the embedded database).
import { ContentError } from '../src/lib/content/load-content';
import { importContent } from '../src/lib/content/import-content';
import { createClient } from '../src/lib/db/client';
import { withDatabaseUrl } from '../src/lib/db/embedded';
import { applyMigrations } from '../src/lib/db/schema-engine';

try {
  const result = await withDatabaseUrl(async (url) => {
    await applyMigrations(url);
    const db = createClient(url);
    try {
      return await importContent(db);
    } finally {
      await db.$disconnect();
    }
  });
  for (const [kind, c] of Object.entries(result)) {
    console.log(`${kind.padEnd(9)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
