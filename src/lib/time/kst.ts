// The newsroom keeps UTC in the database and shows Korea Standard Time (UTC+9, no daylight saving).

export const NEWSROOM_TIME_ZONE = 'Asia/Seoul';
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function kstParts(date: Date) {
  const map = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  return map as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/** "Jul.24,2019 15:50 KST", the paper's own dateline format. */
export function formatKst(date: Date): string {
  const p = kstParts(date);
  return `${p.month}.${p.day},${p.year} ${p.hour}:${p.minute} KST`;
}

/** "15:50": the newsroom's own status lines ("Saved 15:50"), where the day goes without saying. */
export function formatKstTime(date: Date): string {
  const p = kstParts(date);
  return `${p.hour}:${p.minute}`;
}

/** "Jul. 24, 2019": for lists, where the time adds noise. */
export function formatKstDate(date: Date): string {
  const p = kstParts(date);
  return `${p.month}. ${p.day}, ${p.year}`;
}

/** ISO 8601 with the +09:00 offset, for <time datetime> and structured data. */
export function toKstIso(date: Date): string {
  const shifted = new Date(date.getTime() + KST_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+09:00`;
}

/** The KST calendar day (YYYY-MM-DD) a moment falls on. */
export function kstDay(date: Date): string {
  return toKstIso(date).slice(0, 10);
}
