import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatList,
  formatReadingTime,
  formatRelativeTime,
  formatRuntime,
  formatShortDate,
  pluralize,
} from './format';

describe('pluralize', () => {
  it('uses the singular only for exactly one', () => {
    expect(pluralize(1, 'comment')).toBe('1 comment');
    expect(pluralize(0, 'comment')).toBe('0 comments');
    expect(pluralize(12, 'comment')).toBe('12 comments');
  });

  it('groups thousands and takes an irregular plural', () => {
    expect(pluralize(5612, 'comment')).toBe('5,612 comments');
    expect(pluralize(2, 'reply', 'replies')).toBe('2 replies');
    expect(pluralize(1, 'reply', 'replies')).toBe('1 reply');
  });
});

describe('formatCount', () => {
  it('groups digits', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(42)).toBe('42');
  });
});

describe('dates', () => {
  it('formats a publication date as a calendar date in UTC by default', () => {
    // 23:30 UTC is already the next day in Tokyo: the default must not shift it.
    expect(formatDate('2013-12-18T23:30:00Z')).toBe('18 December 2013');
    expect(formatDate('2013-12-18T23:30:00Z', { timeZone: 'Asia/Tokyo' })).toBe('19 December 2013');
  });

  it('has a short form for cards', () => {
    expect(formatShortDate('2014-01-25T18:00:00Z')).toBe('25 Jan 2014');
  });

  it('gives the exact time for tooltips', () => {
    expect(formatDateTime('2013-12-18T15:05:00Z', { timeZone: 'UTC' })).toBe('18 December 2013 at 15:05');
  });

  it('rejects something that is not a date instead of printing "Invalid Date"', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2025-03-13T12:00:00Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it('says "just now" for the last few seconds, either side', () => {
    expect(formatRelativeTime(ago(10), now)).toBe('just now');
    expect(formatRelativeTime(ago(-10), now)).toBe('just now');
  });

  it('picks the largest whole unit and rounds toward zero', () => {
    expect(formatRelativeTime(ago(5 * 60), now)).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(59 * 60 + 59), now)).toBe('59 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600), now)).toBe('3 hours ago');
    expect(formatRelativeTime(ago(26 * 3600), now)).toBe('yesterday');
    expect(formatRelativeTime(ago(15 * 24 * 3600), now)).toBe('2 weeks ago');
    expect(formatRelativeTime(ago(400 * 24 * 3600), now)).toBe('last year');
  });

  it('handles the future', () => {
    expect(formatRelativeTime(ago(-2 * 3600), now)).toBe('in 2 hours');
  });

  it('accepts ISO strings', () => {
    expect(formatRelativeTime('2025-03-13T11:00:00Z', now)).toBe('1 hour ago');
  });
});

describe('film facts', () => {
  it('formats runtime and reading time', () => {
    expect(formatRuntime(126)).toBe('126 min');
    expect(formatReadingTime(6)).toBe('6 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
  });

  it('joins lists in English', () => {
    expect(formatList(['USA'])).toBe('USA');
    expect(formatList(['USA', 'China'])).toBe('USA and China');
    expect(formatList(['France', 'Belgium', 'Japan'])).toBe('France, Belgium and Japan');
    expect(formatList([])).toBe('');
  });
});
