import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, FAULT_STORAGE_KEY } from '../../../contract/fault-switch';
import { describeFaultsShown, faultsOffHref, readFaultSwitch } from './fault-switch';

const storing = (value: string | null) => ({
  getItem: (key: string) => (key === FAULT_STORAGE_KEY ? value : null),
});
const remembered = storing(JSON.stringify({ rate: 0.5, kinds: ['hang', '503'], seed: 3 }));

describe('readFaultSwitch', () => {
  it('reads what the tab remembers, and, like the backend, not a memory with an unknown kind', () => {
    expect(readFaultSwitch('', remembered)).toEqual({ rate: 0.5, kinds: ['hang', '503'] });
    const bogus = storing(JSON.stringify({ rate: 0.5, kinds: ['hang', 'bogus'], seed: 3 }));
    expect(readFaultSwitch('', bogus)).toBeNull();
  });

  it('lets the URL win: a rate turns faults on, 0 turns them off', () => {
    expect(readFaultSwitch('?faults=0.25&faultKinds=slow', remembered)).toEqual({
      rate: 0.25,
      kinds: ['slow'],
    });
    expect(readFaultSwitch('?faults=0', remembered)).toBeNull();
    expect(readFaultSwitch('?faults=0.25', storing(null))).toEqual({ rate: 0.25, kinds: [...FAULT_KINDS] });
  });

  it('ignores a URL rate the backend would ignore, as the backend does', () => {
    expect(readFaultSwitch('?faults=2', remembered)).toEqual({ rate: 0.5, kinds: ['hang', '503'] });
    expect(readFaultSwitch('?faults=lots', storing(null))).toBeNull();
  });

  it('is off when nothing is remembered, the memory is not a setting, or storage is blocked', () => {
    expect(readFaultSwitch('', storing(null))).toBeNull();
    expect(readFaultSwitch('', storing('{not json'))).toBeNull();
    expect(readFaultSwitch('', storing('{"rate":0,"kinds":["hang"]}'))).toBeNull();
    expect(readFaultSwitch('', storing('[1]'))).toBeNull();
    expect(readFaultSwitch('', null)).toBeNull();
    const throwing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(readFaultSwitch('', throwing)).toBeNull();
  });
});

describe('faultsOffHref', () => {
  it('keeps the page and its other parameters, sets faults=0 and drops the fault options', () => {
    expect(
      faultsOffHref({
        pathname: '/reviews/her',
        search: '?sort=new&faults=0.3&faultKinds=slow,hang&faultSeed=9',
        hash: '#c-1',
      }),
    ).toBe('/reviews/her?sort=new&faults=0#c-1');
    expect(faultsOffHref({ pathname: '/', search: '', hash: '' })).toBe('/?faults=0');
  });
});

describe('describeFaultsShown', () => {
  it('gives the share and the kinds in words, or just the share when the kinds are not known yet', () => {
    expect(describeFaultsShown({ rate: 0.3, kinds: ['network', 'after-commit'] })).toBe(
      '30% of requests fail or stall (network error, answer lost after saving)',
    );
    expect(describeFaultsShown({ rate: 1, kinds: [] })).toBe('100% of requests fail or stall');
  });
});
