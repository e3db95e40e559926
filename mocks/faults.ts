/**
 * Fault injection for the embedded backend: makes a chosen share of API requests fail,
 * so the client's handling of a bad network can be seen and tested. OFF by default.
 *
 * Switch it on by loading any page of the app with URL parameters:
 *
 *   ?faults=0.3          share of API requests that get a fault (0 < rate <= 1)
 *   &faultKinds=network,500,503,slow,hang,after-commit
 *                        which faults to pick from, evenly (default: all of them)
 *   &faultSeed=42        seed of the pseudo-random sequence (default: a random one)
 *
 * The setting is remembered in sessionStorage for the tab (reloads, new pages) until a
 * page is loaded with ?faults=0. GET /api/status reports it, seed included, and the
 * console says so at start. The same seed with the same requests in the same order gives
 * the same faults, so a failing run can be replayed.
 *
 * Kinds:
 *   network       the request fails as if the connection dropped (fetch rejects).
 *   500, 503      a problem body; the 503 carries Retry-After.
 *   slow          waits 1.5–4 s, then answers normally.
 *   hang          does not answer for 60 s, longer than the client waits
 *                 (src/lib/api-client.ts times out), then fails.
 *   after-commit  the real handler runs and commits, then its answer is replaced by a
 *                 network error: the client cannot tell whether its write happened,
 *                 retries with the same idempotency key, and must not duplicate it.
 *
 * Only /api/* requests are touched, never GET /api/status nor the demo reset, so a page
 * (or a test) can always read the backend's state and restore the demo.
 *
 * This file is the decision logic only (no msw): mocks/fault-handlers.ts applies it.
 */
import type { FaultConfig } from '../src/contract/fault-switch';
import { createPrng } from '../src/contract/prng';

export {
  FAULT_KINDS,
  FAULT_STORAGE_KEY,
  parseFaultParams,
  resolveFaultConfig,
  type FaultConfig,
  type FaultKind,
} from '../src/contract/fault-switch';

export const SLOW_MIN_MS = 1_500;
export const SLOW_MAX_MS = 4_000;
export const HANG_MS = 60_000;

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'network' }
  | { kind: '500' }
  | { kind: '503'; retryAfterSeconds: number }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'hang'; delayMs: number }
  | { kind: 'after-commit' };

export interface FaultRequest {
  method: string;
  /** URL path, e.g. /api/reviews/her/comments */
  pathname: string;
}

/** Whether fault injection may touch this request at all. */
export function isFaultable({ method, pathname }: FaultRequest): boolean {
  if (!pathname.startsWith('/api/')) return false;
  const verb = method.toUpperCase();
  if (pathname === '/api/status' && (verb === 'GET' || verb === 'HEAD')) return false;
  if (pathname === '/api/demo/reset') return false;
  return true;
}

/**
 * Whether and how this request fails. Draws exactly three numbers for every faultable
 * request, whatever the outcome, so one decision never shifts the ones after it.
 */
export function decideFault(config: FaultConfig, request: FaultRequest, random: () => number): FaultDecision {
  if (!isFaultable(request)) return { kind: 'none' };
  const roll = random();
  const pick = random();
  const extra = random();
  if (roll >= config.rate) return { kind: 'none' };
  const kind = config.kinds[Math.min(config.kinds.length - 1, Math.floor(pick * config.kinds.length))];
  switch (kind) {
    case undefined:
      return { kind: 'none' };
    case '503':
      return { kind, retryAfterSeconds: 1 + Math.floor(extra * 3) };
    case 'slow':
      return { kind, delayMs: Math.round(SLOW_MIN_MS + extra * (SLOW_MAX_MS - SLOW_MIN_MS)) };
    case 'hang':
      return { kind, delayMs: HANG_MS };
    default:
      return { kind };
  }
}

/** A decision function with its own seeded sequence, for one page load. */
export function createFaultInjector(config: FaultConfig): (request: FaultRequest) => FaultDecision {
  const random = createPrng(config.seed);
  return (request) => decideFault(config, request, random);
}

/** One line for the console, with what it takes to replay or stop it. */
export function describeFaults(config: FaultConfig): string {
  return (
    `Fault injection is ON: ${Math.round(config.rate * 100)}% of API requests fail ` +
    `(${config.kinds.join(', ')}), seed ${config.seed}. ` +
    `Replay with ?faults=${config.rate}&faultKinds=${config.kinds.join(',')}&faultSeed=${config.seed}; ` +
    `stop with ?faults=0.`
  );
}
