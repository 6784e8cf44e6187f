import pg from 'pg';
import type { ReactNode } from 'react';

// What a page costs the database: every SQL statement sent through the pg driver (Prisma's
// adapter included) while a page's server components run. The tree is walked the way the
// server renders it: function components are called, awaited, and their output walked in turn.

let counting = false;
let statements: string[] = [];
const originalQuery = pg.Client.prototype.query;

pg.Client.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
  if (counting) {
    const config = args[0] as string | { text?: string };
    statements.push(typeof config === 'string' ? config : (config.text ?? ''));
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

type Element = { type: unknown; props: { children?: ReactNode } & Record<string, unknown> };

const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null && 'type' in node && 'props' in node;

/** Runs every server component under `node`; components that need a client (hooks) fetch nothing and are skipped. */
export async function renderTree(node: unknown): Promise<void> {
  const value = await node;
  if (Array.isArray(value)) {
    for (const child of value) await renderTree(child);
    return;
  }
  if (!isElement(value)) return;
  if (typeof value.type === 'function') {
    let output: unknown;
    try {
      output = await (value.type as (props: unknown) => unknown)(value.props);
    } catch (error) {
      if (/hook|dispatcher|useContext|useState|useRef/i.test(String(error))) return;
      throw error;
    }
    await renderTree(output);
    return;
  }
  await renderTree(value.props.children);
}

/** The SQL statements `work` sends. */
export async function countStatements(work: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  counting = true;
  try {
    await work();
  } finally {
    counting = false;
  }
  return statements;
}
