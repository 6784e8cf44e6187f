// Types for strip-client-runtime.mjs, which stays JavaScript because the cache handlers use it.

export function stripClientRuntime(html: string): string;
export function isCachedPage(value: unknown): value is { kind: 'APP_PAGE'; html: string };
export function withoutClientRuntimeInCache<T>(value: T): T;
