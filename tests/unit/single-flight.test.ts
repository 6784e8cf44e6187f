import { expect, test } from 'vitest';
import { singleFlight } from '@/lib/cache/single-flight';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
}

test('callers with the same arguments share the running call; other arguments get their own', async () => {
  const calls: string[] = [];
  const pending = new Map<string, ReturnType<typeof deferred<string>>>();
  const read = singleFlight((month: string) => {
    calls.push(month);
    const d = deferred<string>();
    pending.set(month, d);
    return d.promise;
  });
  const first = read('2026-11');
  const second = read('2026-11');
  const other = read('2026-10');
  expect(calls).toEqual(['2026-11', '2026-10']);
  pending.get('2026-11')!.resolve('november');
  pending.get('2026-10')!.resolve('october');
  expect(await Promise.all([first, second, other])).toEqual(['november', 'november', 'october']);

  // Once it has finished, the next call reads again: nothing is cached here.
  const again = read('2026-11');
  expect(calls).toEqual(['2026-11', '2026-10', '2026-11']);
  pending.get('2026-11')!.resolve('november, again');
  expect(await again).toBe('november, again');
});

test('a failure reaches every waiting caller, and the next call tries again', async () => {
  let attempts = 0;
  const gate = deferred<number>();
  const read = singleFlight(() => {
    attempts += 1;
    return attempts === 1 ? gate.promise : Promise.resolve(attempts);
  });
  const waiting = [read(), read()];
  gate.reject(new Error('database unreachable'));
  for (const call of waiting) await expect(call).rejects.toThrow('database unreachable');
  expect(await read()).toBe(2);
  expect(attempts).toBe(2);
});
