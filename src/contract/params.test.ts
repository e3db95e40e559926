import { describe, expect, it } from 'vitest';
import { REVIEWS_PAGE_SIZE } from './constants';
import { parseReviewListQuery } from './params';
import { createPrng } from './prng';
import { reviewListQuerySchema } from './reviews';

/*
 * The app parses the review list's URL without zod (params.ts); the API parses
 * the same parameters with the contract's schema. Both must read any URL the
 * same way, or the page would show filters the API did not apply.
 */

const KEYS = ['q', 'tag', 'publication', 'film', 'sort', 'page', 'pageSize'] as const;

/** The schema as the app used it: the first value of each known key. */
function viaSchema(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return reviewListQuerySchema.parse(raw);
}

const VALUES = [
  '',
  ' ',
  '\t\n ',
  'x',
  '  padded  ',
  'x'.repeat(99),
  'x'.repeat(100),
  'x'.repeat(101),
  ` ${'x'.repeat(100)} `,
  'x'.repeat(199),
  'x'.repeat(200),
  'x'.repeat(201),
  ` ${'y'.repeat(250)} `,
  'z'.repeat(5000),
  'newest',
  'oldest',
  'NEWEST',
  ' newest',
  'oldest ',
  'popular',
  'replies',
  '0',
  '1',
  '2',
  '-1',
  '-0',
  '+3',
  '1.5',
  '7.0',
  '00012',
  '  7  ',
  '12abc',
  '1e3',
  '1e5',
  '0x10',
  '0b11',
  'NaN',
  'Infinity',
  '-Infinity',
  '49',
  '50',
  '51',
  '9999',
  '10000',
  '10001',
  '9007199254740993',
  'true',
  'null',
  'undefined',
  '[1,2]',
  'Amélie',
  '東京物語',
  ' Tōkyō Monogatari ',
  '🎬'.repeat(150),
  `a${'🎬'.repeat(100)}`,
  '\u00a0film\u00a0',
  '\u3000全角\u3000',
  '\ufeffbom',
  '\u200bzero-width',
  '\u2028line-sep\u2029',
  'é'.normalize('NFD'),
  '<script>alert(1)</script>',
  'a&b=c',
  '%ZZ',
];

function generated(count: number): URLSearchParams[] {
  // A fixed sequence, so a failure names an input that can be replayed.
  const random = createPrng(20_261_123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: URLSearchParams[] = [];
  for (let i = 0; i < count; i++) {
    const params = new URLSearchParams();
    for (const key of KEYS) {
      // Absent half the time; otherwise one value, sometimes several (the first must win).
      const roll = random();
      const n = roll < 0.5 ? 0 : roll < 0.85 ? 1 : 2 + Math.floor(random() * 2);
      for (let j = 0; j < n; j++) params.append(key, pick(VALUES));
    }
    if (random() < 0.2) params.append(pick(['unknown', 'Q', 'page ', 'sort[]']), pick(VALUES));
    out.push(params);
  }
  return out;
}

const EDGES = [
  '',
  '?',
  '?q=',
  '?q=%20%20',
  '?page=&pageSize=',
  '?page=0&pageSize=0',
  '?page=-5&pageSize=-5',
  '?page=NaN&pageSize=NaN',
  '?page=1e4&pageSize=5e1',
  '?page=10000.0000000000001',
  '?sort=oldest&sort=newest',
  '?sort=newest&sort=oldest',
  '?page=3&page=4',
  '?page=abc&page=4',
  '?tag=%E2%80%8B',
  '?q=%F0%9F%8E%AC&film=%C3%A9',
  '?q=a+b+c&tag=+drama+',
  '?q=%ZZ&tag=%',
  `?tag=${'t'.repeat(101)}&publication=${' '.repeat(300)}p&film=${'f'.repeat(100)}`,
  `?q=${encodeURIComponent(`${' '.repeat(10)}${'q'.repeat(300)}`)}`,
].map((search) => new URLSearchParams(search));

describe('parseReviewListQuery (zod-free) and reviewListQuerySchema', () => {
  const inputs = [...EDGES, ...generated(600)];

  it('read every URL the same way', () => {
    expect(inputs.length).toBeGreaterThan(600);
    for (const params of inputs) {
      expect(parseReviewListQuery(params), `?${params.toString()}`).toEqual(viaSchema(params));
    }
  });

  it('read every single-valued URL as the API does (its handler parses the whole query with the schema)', () => {
    const single = inputs.filter((params) => new Set(params.keys()).size === [...params.keys()].length);
    expect(single.length).toBeGreaterThan(100);
    for (const params of single) {
      expect(parseReviewListQuery(params), `?${params.toString()}`).toEqual(
        reviewListQuerySchema.parse(Object.fromEntries(params)),
      );
    }
  });

  it('cover the rules: trim, limits, defaults, whole pages in range, known sorts only', () => {
    expect(parseReviewListQuery(new URLSearchParams())).toEqual({
      q: '',
      tag: '',
      publication: '',
      film: '',
      sort: 'newest',
      page: 1,
      pageSize: REVIEWS_PAGE_SIZE,
    });
    const params = new URLSearchParams({
      q: `  ${'q'.repeat(250)}`,
      tag: ' drama ',
      publication: 'p'.repeat(101),
      sort: 'oldest',
      page: ' 7 ',
      pageSize: '51',
    });
    expect(parseReviewListQuery(params)).toEqual({
      q: 'q'.repeat(200),
      tag: 'drama',
      publication: '',
      film: '',
      sort: 'oldest',
      page: 7,
      pageSize: REVIEWS_PAGE_SIZE,
    });
    expect(parseReviewListQuery(new URLSearchParams('page=2.5&sort=popular')).page).toBe(1);
    expect(parseReviewListQuery(new URLSearchParams('sort=popular')).sort).toBe('newest');
  });
});
