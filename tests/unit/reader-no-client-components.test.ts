import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// The site's server sends reader pages without Next's client runtime (src/server/client-runtime.ts),
// so a client component imported by a reader page would render but never hydrate. This walks the
// imports of every reader route and fails on any 'use client' module it reaches.

const root = path.resolve(import.meta.dirname, '../..');
const readerRoutes = path.join(root, 'src/app/(site)');
const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(root, 'src', specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('no reader route reaches a client component through its imports', () => {
  const seen = new Set<string>();
  const clientModules: string[] = [];
  const queue = [...routeFiles(readerRoutes), path.join(root, 'src/app/layout.tsx'), path.join(root, 'src/app/not-found.tsx')];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    if (/^\s*['"]use client['"]/.test(source)) clientModules.push(path.relative(root, file));
    for (const match of source.matchAll(importPattern)) {
      const target = resolveImport(file, match[1] ?? match[2]!);
      if (target) queue.push(target);
    }
  }
  expect(seen.size).toBeGreaterThan(30);
  expect(clientModules).toEqual([]);
});
