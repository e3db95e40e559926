import { describe, expect, it } from 'vitest';
import {
  FAULT_KINDS,
  HANG_MS,
  SLOW_MAX_MS,
  SLOW_MIN_MS,
  createFaultInjector,
  decideFault,
  isFaultable,
  parseFaultParams,
  resolveFaultConfig,
  type FaultConfig,
  type FaultDecision,
} from './faults';

const all: FaultConfig = { rate: 1, kinds: [...FAULT_KINDS], seed: 7 };
const post = { method: 'POST', pathname: '/api/reviews/her/comments' };
const fixedSeed = () => 99;

/** A random source that replays the given numbers. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => {
    const value = values[i++];
    if (value === undefined) throw new Error('sequence exhausted');
    return value;
  };
}

describe('isFaultable', () => {
  it('touches API requests but never the status read or the demo reset', () => {
    expect(isFaultable(post)).toBe(true);
    expect(isFaultable({ method: 'GET', pathname: '/api/reviews' })).toBe(true);
    expect(isFaultable({ method: 'POST', pathname: '/api/status' })).toBe(true);
    expect(isFaultable({ method: 'GET', pathname: '/api/status' })).toBe(false);
    expect(isFaultable({ method: 'get', pathname: '/api/status' })).toBe(false);
    expect(isFaultable({ method: 'POST', pathname: '/api/demo/reset' })).toBe(false);
    expect(isFaultable({ method: 'GET', pathname: '/assets/index.js' })).toBe(false);
    expect(isFaultable({ method: 'GET', pathname: '/apix/reviews' })).toBe(false);
  });
});

describe('decideFault', () => {
  it('fails a request when the roll is under the rate, and not otherwise', () => {
    const config: FaultConfig = { rate: 0.3, kinds: ['500'], seed: 1 };
    expect(decideFault(config, post, sequence(0.29, 0, 0))).toEqual({ kind: '500' });
    expect(decideFault(config, post, sequence(0.3, 0, 0))).toEqual({ kind: 'none' });
  });

  it('picks every kind evenly from the list, with its parameters', () => {
    const pick = (p: number, extra = 0) => decideFault(all, post, sequence(0, p, extra));
    expect(pick(0)).toEqual({ kind: 'network' });
    expect(pick(1 / 6)).toEqual({ kind: '500' });
    expect(pick(2 / 6, 0.99)).toEqual({ kind: '503', retryAfterSeconds: 3 });
    expect(pick(2 / 6, 0)).toEqual({ kind: '503', retryAfterSeconds: 1 });
    expect(pick(3 / 6, 0)).toEqual({ kind: 'slow', delayMs: SLOW_MIN_MS });
    expect(pick(3 / 6, 1)).toEqual({ kind: 'slow', delayMs: SLOW_MAX_MS });
    expect(pick(4 / 6)).toEqual({ kind: 'hang', delayMs: HANG_MS });
    expect(pick(0.9999)).toEqual({ kind: 'after-commit' });
  });

  it('never faults the status read, and draws nothing for it', () => {
    const random = sequence();
    expect(decideFault(all, { method: 'GET', pathname: '/api/status' }, random)).toEqual({ kind: 'none' });
  });

  it('draws the same amount for every faultable request, so outcomes do not shift each other', () => {
    let draws = 0;
    const counting = () => {
      draws += 1;
      return 0.5;
    };
    decideFault({ rate: 0.1, kinds: ['500'], seed: 1 }, post, counting); // no fault
    decideFault({ rate: 1, kinds: ['500'], seed: 1 }, post, counting); // fault
    expect(draws).toBe(6);
  });
});

describe('createFaultInjector', () => {
  const run = (config: FaultConfig, n: number): FaultDecision[] => {
    const decide = createFaultInjector(config);
    return Array.from({ length: n }, () => decide(post));
  };

  it('replays the same faults for the same seed, and others for another seed', () => {
    const config: FaultConfig = { rate: 0.3, kinds: [...FAULT_KINDS], seed: 12345 };
    expect(run(config, 200)).toEqual(run(config, 200));
    expect(run(config, 200)).not.toEqual(run({ ...config, seed: 54321 }, 200));
  });

  it('fails about the asked share of requests, with every kind showing up', () => {
    const decisions = run({ rate: 0.3, kinds: [...FAULT_KINDS], seed: 2026 }, 6000);
    const failed = decisions.filter((d) => d.kind !== 'none');
    expect(failed.length / decisions.length).toBeGreaterThan(0.27);
    expect(failed.length / decisions.length).toBeLessThan(0.33);
    expect(new Set(failed.map((d) => d.kind))).toEqual(new Set(FAULT_KINDS));
  });

  it('only uses the kinds it was given', () => {
    const kinds = new Set(run({ rate: 1, kinds: ['slow', 'after-commit'], seed: 3 }, 500).map((d) => d.kind));
    expect(kinds).toEqual(new Set(['slow', 'after-commit']));
  });
});

describe('parseFaultParams', () => {
  const parse = (search: string) => parseFaultParams(new URLSearchParams(search), fixedSeed);

  it('is null when the URL says nothing about faults, or says nonsense', () => {
    expect(parse('')).toBeNull();
    expect(parse('?q=her')).toBeNull();
    expect(parse('?faults=')).toBeNull();
    expect(parse('?faults=lots')).toBeNull();
    expect(parse('?faults=1.5')).toBeNull();
    expect(parse('?faults=-0.1')).toBeNull();
  });

  it('turns off with ?faults=0', () => {
    expect(parse('?faults=0')).toBe('off');
  });

  it('defaults to all kinds and a random seed', () => {
    expect(parse('?faults=0.3')).toEqual({ rate: 0.3, kinds: [...FAULT_KINDS], seed: 99 });
  });

  it('reads kinds and seed, dropping unknown and repeated kinds', () => {
    expect(parse('?faults=1&faultKinds=network,%20503,bogus,network&faultSeed=42')).toEqual({
      rate: 1,
      kinds: ['network', '503'],
      seed: 42,
    });
    expect(parse('?faults=0.5&faultKinds=bogus')).toMatchObject({ kinds: [...FAULT_KINDS] });
    expect(parse('?faults=0.5&faultSeed=abc')).toMatchObject({ seed: 99 });
  });
});

describe('resolveFaultConfig', () => {
  const stored = JSON.stringify({ rate: 0.2, kinds: ['hang'], seed: 5 });

  it('is off by default and touches no storage', () => {
    expect(resolveFaultConfig('', null, fixedSeed)).toEqual({ config: null, store: undefined });
  });

  it('takes the URL over what the tab remembers, and remembers it', () => {
    const resolved = resolveFaultConfig('?faults=0.4&faultSeed=8', stored, fixedSeed);
    expect(resolved.config).toEqual({ rate: 0.4, kinds: [...FAULT_KINDS], seed: 8 });
    expect(resolved.store).toBeDefined();
    expect(resolveFaultConfig('', resolved.store ?? null, fixedSeed).config).toEqual(resolved.config);
  });

  it('keeps the remembered setting on pages without the parameter', () => {
    expect(resolveFaultConfig('?sort=newest', stored, fixedSeed)).toEqual({
      config: { rate: 0.2, kinds: ['hang'], seed: 5 },
      store: undefined,
    });
  });

  it('forgets it with ?faults=0', () => {
    expect(resolveFaultConfig('?faults=0', stored, fixedSeed)).toEqual({ config: null, store: null });
  });

  it('drops a stored value it cannot read', () => {
    expect(resolveFaultConfig('', '{"rate":7}', fixedSeed)).toEqual({ config: null, store: null });
    expect(resolveFaultConfig('', 'not json', fixedSeed)).toEqual({ config: null, store: null });
  });
});
