import { expect, test } from 'vitest';
import { spendClientBudget, viewsPerClientPerHour } from '@/lib/views/client-budget';
import { defaultFlushIntervalMs, flushIntervalMs } from '@/lib/views/flusher';
import { createMemoryViewBuffer } from '@/lib/views/memory-buffer';
import type { ViewCounts } from '@/lib/views/view-counts';

test('the memory buffer hands over every view once, grouped by story and hour', async () => {
  const buffer = createMemoryViewBuffer();
  await Promise.all([buffer.add(7, 100), buffer.add(7, 100), buffer.add(7, 101), buffer.add(8, 100)]);
  const written: ViewCounts[] = [];

  expect(await buffer.drain(async (counts) => void written.push(counts))).toBe(4);
  expect(await buffer.drain(async (counts) => void written.push(counts))).toBe(0);
  expect(written).toEqual([new Map([['7:100', 2], ['7:101', 1], ['8:100', 1]])]);
});

test('views whose write fails wait for the next flush, together with newer ones', async () => {
  const buffer = createMemoryViewBuffer();
  await buffer.add(7, 100);
  await expect(buffer.drain(async () => { throw new Error('database down'); })).rejects.toThrow('database down');
  await buffer.add(7, 100);
  let written: ViewCounts = new Map();

  await buffer.drain(async (counts) => { written = counts; });

  expect(written).toEqual(new Map([['7:100', 2]]));
});

test('once the buffer holds its limit of stories, views of new ones are dropped and known ones still count', async () => {
  const buffer = createMemoryViewBuffer(2);
  for (const id of [1, 2, 3, 1]) await buffer.add(id, 100);
  let written: ViewCounts = new Map();

  await buffer.drain(async (counts) => { written = counts; });

  expect(written).toEqual(new Map([['1:100', 2], ['2:100', 1]]));
});

test('one client address may add a limited number of views of one story per hour', () => {
  const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
  const now = Date.UTC(2024, 5, 1, 10, 15);
  const spent = Array.from({ length: viewsPerClientPerHour + 5 }, () => spendClientBudget(address, 42, now));

  expect(spent.filter(Boolean)).toHaveLength(viewsPerClientPerHour);
  expect(spendClientBudget(address, 43, now)).toBe(true);
  expect(spendClientBudget(address, 42, now + 3_600_000)).toBe(true);
});

test('a client whose address is unknown is not capped', () => {
  const spent = Array.from({ length: viewsPerClientPerHour * 2 }, () => spendClientBudget(null, 42));
  expect(spent.every(Boolean)).toBe(true);
});

test('the flush interval comes from VIEWS_FLUSH_INTERVAL_MS, and nonsense falls back to the default', () => {
  expect(flushIntervalMs({ VIEWS_FLUSH_INTERVAL_MS: '250' })).toBe(250);
  expect(flushIntervalMs({})).toBe(defaultFlushIntervalMs);
  expect(flushIntervalMs({ VIEWS_FLUSH_INTERVAL_MS: 'soon' })).toBe(defaultFlushIntervalMs);
  expect(flushIntervalMs({ VIEWS_FLUSH_INTERVAL_MS: '5' })).toBe(defaultFlushIntervalMs);
});
