import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { compareIndexKeys, pageBounds } from './keys';

describe('compareIndexKeys', () => {
  // fake-indexeddb implements the spec's key comparison: the reference both adapters must match.
  const cmp = (a: unknown, b: unknown) => new IDBFactory().cmp(a, b);
  const keys: unknown[] = [
    -1,
    0,
    2,
    10,
    '',
    '0',
    '10',
    '2',
    'a',
    'B',
    'é',
    '\uD83C\uDFAC',
    [],
    [''],
    ['r1'],
    ['r1', ''],
    ['r1', '', 0],
    ['r1', '', 2, 5],
    ['r1', '', 10],
    ['r1', '', []],
    ['r1', 'c1'],
    ['r1', 'c1', 1],
    ['r10', ''],
    ['r2'],
    [1, 'a'],
    [[]],
  ];

  it('orders numbers, strings and arrays exactly as IndexedDB does', () => {
    for (const a of keys)
      for (const b of keys)
        expect(Math.sign(compareIndexKeys(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(
          cmp(a, b),
        );
  });
});

describe('pageBounds', () => {
  it('puts the end of a prefix after every key that begins with it and before the next prefix', () => {
    const bounds = pageBounds(['r1', ''], undefined, 'next');
    expect(bounds).not.toBeNull();
    const upper = bounds?.upper ?? [];
    expect(compareIndexKeys(['r1', '', 999_999, 999_999], upper)).toBeLessThan(0);
    expect(compareIndexKeys(['r1', '\u0000'], upper)).toBeGreaterThan(0);
  });

  it('is empty going backwards from the prefix itself, and refuses a cursor outside the prefix', () => {
    expect(pageBounds(['r1', ''], ['r1', ''], 'prev')).toBeNull();
    expect(pageBounds(['r1', ''], ['r1', ''], 'next')).not.toBeNull();
    expect(() => pageBounds(['r1', ''], ['r1', 'c1', 3], 'next')).toThrow(/prefix/);
    expect(() => pageBounds(['r1', ''], ['r1'], 'next')).toThrow(/prefix/);
  });
});
