import { describe, expect, it } from 'vitest';
import { loadRevealAll, saveRevealAll, spoilerPrefKey } from './spoiler-prefs';

describe('spoiler preference', () => {
  it('is remembered per film and off by default', () => {
    expect(loadRevealAll('her-2013')).toBe(false);
    saveRevealAll('her-2013', true);
    expect(loadRevealAll('her-2013')).toBe(true);
    expect(loadRevealAll('moon-2009')).toBe(false);
    saveRevealAll('her-2013', false);
    expect(loadRevealAll('her-2013')).toBe(false);
    expect(localStorage.getItem(spoilerPrefKey('her-2013'))).toBeNull();
  });

  it('treats anything unreadable as hidden', () => {
    localStorage.setItem(spoilerPrefKey('her-2013'), '{oops');
    expect(loadRevealAll('her-2013')).toBe(false);
    localStorage.setItem(spoilerPrefKey('her-2013'), '"yes"');
    expect(loadRevealAll('her-2013')).toBe(false);
  });
});
