import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

// Prisma's CLI downloads a native schema engine at start-up, which these machines cannot reach.
// Prisma publishes the same engine as WebAssembly; this module drives it directly, so migrations
// keep Prisma's own folder layout and `_prisma_migrations` history table.

const root = process.cwd();
export const schemaPath = path.join(root, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(root, 'prisma', 'migrations');
const noFilters = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import('@prisma/schema-engine-wasm');

let enginePromise: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = await import(pathToFileURL(bindingsPath).href);
    const bytes = await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bindings as EngineModule;
  })();
  return enginePromise;
}

async function openEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(schemaPath, 'utf8');
  const log = () => {};
  return SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

export async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').then(
            (sql) => ({ tag: 'ok' as const, value: sql }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks function bodies.
 * Prisma's native engine sends the script whole; this factory does the same.
 */
function wholeScriptPg(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(script);
      } finally {
        await client.end();
      }
    };
    return adapter;
  };
  return factory;
}

/** Applies pending migrations to the Postgres server at `url`, as `prisma migrate deploy` does. */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = await openEngine(wholeScriptPg(url));
  try {
    const result = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that would bring the migrations folder up to schema.prisma; empty when they agree.
 * Runs on a throwaway in-memory database, so it needs no server.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const scratch = new PGlite();
  const engine = await openEngine(new PrismaPGlite(scratch));
  try {
    const schema = await readFile(schemaPath, 'utf8');
    const migrations = await readMigrations();
    const from = migrations.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...migrations } : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? '';
    return sql.includes('This is an empty migration') ? '' : sql;
  } finally {
    engine.free();
    await scratch.close();
  }
}
