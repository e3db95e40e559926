import { FAULT_STORAGE_KEY } from '../../../contract/fault-storage';
import type { FaultKind, FaultSettings } from '../../../contract/system';

/** Each fault kind in words, for people (mocks/faults.ts explains what each does). */
export const FAULT_KIND_LABELS: Record<FaultKind, string> = {
  network: 'network error',
  '500': '500',
  '503': '503',
  slow: 'slow',
  hang: 'hang',
  'after-commit': 'answer lost after saving',
};

/** What the banner needs to know; `kinds` is empty when not known yet. */
export type FaultsShown = Pick<FaultSettings, 'rate'> & { kinds: readonly FaultKind[] };

const isFaultKind = (value: unknown): value is FaultKind =>
  typeof value === 'string' && Object.hasOwn(FAULT_KIND_LABELS, value);

const isRate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1;

/**
 * The fault setting as this page load's URL and the tab's memory give it, before GET
 * /api/status answers: the same precedence as mocks/faults.ts (a valid ?faults= wins,
 * ?faults=0 turns it off, otherwise what sessionStorage remembers). No zod on purpose:
 * this runs in the app shell on every page.
 */
export function readFaultSwitch(
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
): FaultsShown | null {
  const rateText = new URLSearchParams(search).get('faults')?.trim();
  if (rateText) {
    const rate = Number(rateText);
    if (rate === 0) return null;
    // Which kinds the backend keeps from ?faultKinds= is its business: /api/status will say.
    if (isRate(rate)) return { rate, kinds: [] };
  }
  let stored: unknown = null;
  try {
    const text = storage?.getItem(FAULT_STORAGE_KEY) ?? null;
    stored = text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { rate, kinds } = stored as { rate?: unknown; kinds?: unknown };
  if (!isRate(rate)) return null;
  return { rate, kinds: Array.isArray(kinds) ? kinds.filter(isFaultKind) : [] };
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
