// Types for patch-next.mjs, which stays JavaScript because package.json's postinstall runs it.

export type Patch = { name: string; find: RegExp; replace: string; done: RegExp; runtimes: RegExp };
export const patches: Patch[];
export function patchRuntime(
  file: string,
  source: string,
): { text: string; outcomes: { name: string; outcome: 'applied' | 'already' | 'missing' }[] };
export function runtimeFiles(): Promise<string[]>;
export function patchNext(): Promise<string[]>;
