import { createRequire } from 'node:module';

// Next's own CLI, run with this Node directly (not through npx), so a signal sent to the
// process that started it reaches the server itself.
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
