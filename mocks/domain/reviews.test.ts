import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch, readingMinutes, searchTerms } from './reviews';
import { fixtureReviews } from '../testing/fixture';

describe('readingMinutes', () => {
  it('rounds words at 230 a minute and never says zero', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(230))).toBe(1);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
  });
  it('does not count markdown punctuation as words', () => {
    expect(readingMinutes('> * - ' + 'word '.repeat(460))).toBe(2);
  });
});

describe('search', () => {
  it('folds case and accents', () => {
    expect(normalizeForSearch('Amélie ÉCLAIR')).toBe('amelie eclair');
  });
  it('keeps quoted phrases whole and drops empty terms', () => {
    expect(searchTerms('  "Love  Story" jonze  "" ')).toEqual(['love  story', 'jonze']);
  });
  it('requires every term to match', () => {
    const her = fixtureReviews[0];
    if (!her) throw new Error('fixture missing');
    expect(matchesQuery(her, searchTerms('theodore letters'))).toBe(true);
    expect(matchesQuery(her, searchTerms('theodore robot'))).toBe(false);
    expect(matchesQuery(her, [])).toBe(true);
  });
});
