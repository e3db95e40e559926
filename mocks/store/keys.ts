/*
 * Index keys as IndexedDB orders them, for the ranged reads of the store port
 * (IndexPageQuery). Shared by both adapters so they agree on every bound.
 */

/** Numbers sort before strings, strings before arrays (IndexedDB also has dates and binary keys; this store uses neither). */
const rank = (key: unknown): number => (Array.isArray(key) ? 3 : typeof key === 'string' ? 2 : 1);

/**
 * IndexedDB's key comparison (indexedDB.cmp) for numbers, strings and arrays of them:
 * strings by UTF-16 code units, as `<` compares them; arrays component by component,
 * a shorter array before every longer one it begins.
 */
export function compareIndexKeys(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compareIndexKeys(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const x = a as number | string;
  const y = b as number | string;
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface KeyBounds {
  lower: readonly unknown[];
  lowerOpen: boolean;
  upper: readonly unknown[];
  upperOpen: boolean;
}

/**
 * The key range a page read covers: keys that begin with `prefix`, strictly after `after`
 * in the read's direction. Null when that range is empty (IDBKeyRange.bound would throw).
 * The end of a prefix is `[...prefix, []]`: an array sorts after any number or string, so
 * that key is greater than every key beginning with the prefix and less than the next one.
 */
export function pageBounds(
  prefix: readonly unknown[],
  after: readonly unknown[] | undefined,
  direction: 'next' | 'prev',
): KeyBounds | null {
  if (after !== undefined) {
    const within =
      after.length >= prefix.length && prefix.every((part, i) => compareIndexKeys(part, after[i]) === 0);
    if (!within)
      throw new Error('A page read must start inside its prefix: `after` has to begin with `prefix`.');
  }
  const end = [...prefix, []];
  const bounds: KeyBounds =
    direction === 'next'
      ? { lower: after ?? prefix, lowerOpen: after !== undefined, upper: end, upperOpen: true }
      : { lower: prefix, lowerOpen: false, upper: after ?? end, upperOpen: true };
  const c = compareIndexKeys(bounds.lower, bounds.upper);
  return c > 0 || (c === 0 && (bounds.lowerOpen || bounds.upperOpen)) ? null : bounds;
}
