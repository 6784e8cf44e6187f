import { expect, test } from 'vitest';
import { formatKst, formatKstDate, kstDay, toKstIso } from '@/lib/time/kst';

test('a UTC time is shown in the paper’s KST dateline format', () => {
  expect(formatKst(new Date('2019-07-24T06:50:00Z'))).toBe('Jul.24,2019 15:50 KST');
});

test('a time late in the UTC day falls on the next KST calendar day', () => {
  const date = new Date('2026-11-29T20:30:00Z');
  expect(formatKst(date)).toBe('Nov.30,2026 05:30 KST');
  expect(formatKstDate(date)).toBe('Nov. 30, 2026');
  expect(kstDay(date)).toBe('2026-11-30');
});

test('midnight KST is written with hour 00, not 24', () => {
  expect(formatKst(new Date('2026-01-31T15:00:00Z'))).toBe('Feb.01,2026 00:00 KST');
});

test('ISO times carry the +09:00 offset for structured data', () => {
  expect(toKstIso(new Date('2019-07-24T06:50:00.123Z'))).toBe('2019-07-24T15:50:00+09:00');
});
