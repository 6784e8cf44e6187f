// Migration commands that work without Prisma's downloaded engine:
//   tsx scripts/db.ts migrate            apply pending migrations to DATABASE_URL (or the embedded database)
//   tsx scripts/db.ts create <name>      write prisma/migrations/<timestamp>_<name>/migration.sql from schema.prisma
//   tsx scripts/db.ts drift              exit 1 when schema.prisma and the migrations disagree
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyMigrations, diffMigrationsToSchema, migrationsDir } from '../src/lib/db/schema-engine';
import { withDatabaseUrl } from '../src/lib/db/embedded';

const [command, name] = process.argv.slice(2);

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function create(migrationName: string | undefined) {
  if (!migrationName || !/^[a-z0-9_]+$/.test(migrationName)) {
    throw new Error('Name the migration in snake_case: npm run db:migration:create -- add_widgets');
  }
  const sql = await diffMigrationsToSchema();
  if (!sql) {
    console.log('schema.prisma and prisma/migrations already agree: nothing to create.');
    return;
  }
  const dir = path.join(migrationsDir, `${timestamp()}_${migrationName}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
}

async function drift() {
  const sql = await diffMigrationsToSchema();
  if (sql) {
    console.error('schema.prisma and prisma/migrations disagree. Missing from the migrations:\n');
    console.error(sql);
    process.exitCode = 1;
    return;
  }
  console.log('No drift: prisma/migrations produce exactly schema.prisma.');
}

async function migrate() {
  const applied = await withDatabaseUrl((url) => applyMigrations(url));
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
}

const commands: Record<string, () => Promise<void>> = {
  create: () => create(name),
  drift,
  migrate,
};

const run = commands[command ?? ''];
if (!run) {
  console.error('Usage: tsx scripts/db.ts migrate | create <name> | drift');
  process.exit(2);
}
await run();
