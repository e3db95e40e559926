/**
 * Formatting for people: dates, relative times, counts and plurals. Pure
 * functions; the locale is English throughout (the content is English), and
 * anything that depends on "now" or the time zone takes it as a parameter.
 */

const LOCALE = 'en-GB';

const numberFormat = new Intl.NumberFormat(LOCALE);

/** 5612 → "5,612". */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/**
 * "1 review", "12 reviews", "5,612 comments". The plural defaults to the
 * singular plus "s"; pass it for irregular words ("1 reply", "2 replies").
 */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

export interface DateOptions {
  /**
   * Publication dates are calendar dates chosen by an editor, so they read the
   * same everywhere (UTC) unless a caller asks for the reader's zone.
   */
  timeZone?: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) {
    format = make();
    dateFormats.set(key, format);
  }
  return format;
}

function toDate(value: string | Date): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

/** "18 December 2013". */
export function formatDate(value: string | Date, { timeZone = 'UTC' }: DateOptions = {}): string {
  return cachedFormat(
    `long:${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
  ).format(toDate(value));
}

/** "18 Dec 2013", for cards and other tight spaces. */
export function formatShortDate(value: string | Date, { timeZone = 'UTC' }: DateOptions = {}): string {
  return cachedFormat(
    `short:${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone }),
  ).format(toDate(value));
}

/** "18 December 2013 at 15:00", the exact time behind a relative one (tooltips). */
export function formatDateTime(value: string | Date, { timeZone }: { timeZone?: string } = {}): string {
  return cachedFormat(
    `datetime:${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(LOCALE, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(toDate(value));
}

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "just now", "5 minutes ago", "yesterday", "3 weeks ago", "in 2 hours".
 * Rounds toward zero so "59 minutes ago" never becomes "1 hour ago" early.
 */
export function formatRelativeTime(value: string | Date, now: Date = new Date()): string {
  const seconds = (toDate(value).getTime() - now.getTime()) / 1000;
  if (Math.abs(seconds) < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    const amount = Math.trunc(seconds / size);
    if (amount !== 0) return relativeFormat.format(amount, unit);
  }
  return relativeFormat.format(seconds < 0 ? -1 : 1, 'minute');
}

/** 126 → "126 min". */
export function formatRuntime(minutes: number): string {
  return `${formatCount(minutes)} min`;
}

/** 6 → "6 min read". */
export function formatReadingTime(minutes: number): string {
  return `${formatCount(Math.max(1, Math.round(minutes)))} min read`;
}

const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

/** ["USA", "China"] → "USA and China"; three or more get commas. */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}
