import { FAULT_STORAGE_KEY, resolveFaultConfig } from '../../../contract/fault-switch';
import type { FaultConfig, FaultKind } from '../../../contract/fault-switch';

/** Each fault kind in words, for people (mocks/faults.ts explains what each does). */
const FAULT_KIND_LABELS: Record<FaultKind, string> = {
  network: 'network error',
  '500': '500',
  '503': '503',
  slow: 'slow',
  hang: 'hang',
  'after-commit': 'answer lost after saving',
};

/** What the banner needs to know. */
export type FaultsShown = Pick<FaultConfig, 'rate'> & { kinds: readonly FaultKind[] };

/**
 * The fault setting as this page load's URL and the tab's memory give it, before GET
 * /api/status answers: the backend's own rules (src/contract/fault-switch.ts), read
 * without writing anything back, which is the backend's job.
 */
export function readFaultSwitch(
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
): FaultsShown | null {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(FAULT_STORAGE_KEY) ?? null;
  } catch {
    // Storage blocked: the URL alone decides, as in the backend.
  }
  // The seed is not shown, so any will do.
  const config = resolveFaultConfig(search, stored, () => 0).config;
  return config && { rate: config.rate, kinds: config.kinds };
}

/** This tab's sessionStorage, or null where the browser blocks it. */
export function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The same page with fault injection switched off: ?faults=0, and its other fault parameters dropped. */
export function faultsOffHref(location: { pathname: string; search: string; hash: string }): string {
  const params = new URLSearchParams(location.search);
  params.delete('faultKinds');
  params.delete('faultSeed');
  params.set('faults', '0');
  return `${location.pathname}?${params.toString()}${location.hash}`;
}

/** "30% of requests fail or stall (network error, 500, slow)". */
export function describeFaultsShown({ rate, kinds }: FaultsShown): string {
  const percent = Math.round(rate * 1000) / 10;
  const which = kinds.length > 0 ? ` (${kinds.map((kind) => FAULT_KIND_LABELS[kind]).join(', ')})` : '';
  return `${percent}% of requests fail or stall${which}`;
}
