import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { patchRuntime, runtimeFiles } from '../../scripts/patch-next.mjs';

// Shaped like the minified statements of Next.js 16.4's app-page runtime.
const cacheSet =
  'if(!r.fetchCache){let{route:t,...i}=r;n=oM(e,t),a=i}let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){return}';
const segments = 'let m=!1;i.segmentData=await r.collectSegmentData(n.cacheComponents,e,d,o,c,!!n.experimental.prefetchInlining,s,m)}';

describe('patching Next.js runtimes (scripts/patch-next.mjs)', () => {
  test('a page runtime measures only fetch entries and collects no segment data', () => {
    const { text, outcomes } = patchRuntime('app-page-turbo.runtime.prod.js', cacheSet + segments);
    expect(text).toContain('let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152');
    expect(text).toContain('i.segmentData=void 0&&await r.collectSegmentData(n.cacheComponents');
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied']);
  });

  test('a route handler runtime gets only the cache change', () => {
    const { text, outcomes } = patchRuntime('app-route-turbo.runtime.prod.js', cacheSet + segments);
    expect(text).toContain('i.segmentData=await r.collectSegmentData(');
    expect(outcomes).toEqual([{ name: 'measure only fetch cache entries', outcome: 'applied' }]);
  });

  test('patching twice changes nothing the second time', () => {
    const once = patchRuntime('app-page.runtime.prod.js', cacheSet + segments).text;
    const twice = patchRuntime('app-page.runtime.prod.js', once);
    expect(twice.text).toBe(once);
    expect(twice.outcomes.map((o) => o.outcome)).toEqual(['already', 'already']);
  });

  test('a runtime whose code has changed is reported and left as it is', () => {
    const moved = cacheSet.replace('JSON.stringify(t).length', 'measure(t)') + segments.replace('collectSegmentData', 'collectSegments');
    const { text, outcomes } = patchRuntime('app-page.runtime.prod.js', moved);
    expect(text).toBe(moved);
    expect(outcomes.map((o) => o.outcome)).toEqual(['missing', 'missing']);
  });

  test('each installed Next.js runtime carries the changes that concern it (npm install ran the patch)', async () => {
    const files = await runtimeFiles();
    expect(files.map((file) => path.basename(file))).toContain('app-page-turbo.runtime.prod.js');
    for (const file of files) {
      const { outcomes } = patchRuntime(path.basename(file), await readFile(file, 'utf8'));
      expect(outcomes.length, file).toBeGreaterThan(0);
      for (const outcome of outcomes) expect(outcome, file).toMatchObject({ outcome: 'already' });
    }
  });
});
