import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '@/lib/db/schema-engine';
import { freePort } from '../../scripts/bench/proc';

// A Postgres primary and a streaming standby of its own, made for one test file from the server
// binaries on this machine (initdb, pg_basebackup -R): real physical replication, in a temporary
// folder, on two free ports, removed afterwards. Postgres will not run as root, so under root
// (CI) the servers run as the `postgres` user.

const execFile = promisify(execFileCallback);

export type ReplicaPair = { primaryUrl: string; replicaUrl: string; stop: () => Promise<void> };

/** The folder holding initdb and pg_ctl, or null when this machine has no Postgres server installed. */
export function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BINDIR, pgConfigBinDir(), ...debianBinDirs()];
  return candidates.find((dir) => dir && existsSync(path.join(dir, 'initdb'))) ?? null;
}

function pgConfigBinDir(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Debian and Ubuntu keep each server version's binaries apart; the newest first. */
function debianBinDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'));
}

const asRoot = process.getuid?.() === 0;

function runAs(binDir: string, command: string, args: string[]) {
  const file = path.join(binDir, command);
  return asRoot ? execFile('runuser', ['-u', 'postgres', '--', file, ...args]) : execFile(file, args);
}

async function startServer(binDir: string, dataDir: string, port: number, socketDir: string) {
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  await runAs(binDir, 'pg_ctl', ['-D', dataDir, '-o', options, '-l', `${dataDir}.log`, '-w', 'start']);
}

async function waitForDatabase(url: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Starts the pair with a migrated `newsroom` database on the primary, already on the standby. */
export async function startReplicaPair(binDir: string): Promise<ReplicaPair> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'newsroom-replica-'));
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    chownSync(root, uid!, gid!);
  }
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse()) await runAs(binDir, 'pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']).catch(() => {});
    await rm(root, { recursive: true, force: true });
  };
  try {
    await runAs(binDir, 'initdb', ['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    await startServer(binDir, primaryDir, primaryPort, root);
    started.push(primaryDir);
    const primaryServer = `postgresql://postgres@127.0.0.1:${primaryPort}`;
    await waitForDatabase(`${primaryServer}/postgres`);
    const admin = new pg.Client({ connectionString: `${primaryServer}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE newsroom');
    await admin.end();
    const primaryUrl = `${primaryServer}/newsroom`;
    await applyMigrations(primaryUrl);
    await runAs(binDir, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standbyDir, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
    await startServer(binDir, standbyDir, standbyPort, root);
    started.push(standbyDir);
    const replicaUrl = `postgresql://postgres@127.0.0.1:${standbyPort}/newsroom`;
    await waitForDatabase(replicaUrl);
    return { primaryUrl, replicaUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
