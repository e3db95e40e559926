/**
 * The fault-injection switch (see mocks/faults.ts): how a page's URL and the tab's
 * memory turn it on or off. Zod-free and import-free on purpose: the backend applies
 * it, and the app shell reads it on every page to say faults are on before the
 * backend answers, without loading zod. src/contract/system.ts builds the status
 * schema's FaultSettings from the same kinds; a test keeps the two in step.
 */

export const FAULT_KINDS = ['network', '500', '503', 'slow', 'hang', 'after-commit'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultConfig {
  /** Share of API requests that get a fault, 0 < rate <= 1. */
  rate: number;
  kinds: FaultKind[];
  /** Seed of the fault sequence; load the page with ?faultSeed=<seed> to replay it. */
  seed: number;
}

/** The sessionStorage key under which a tab remembers its setting, as JSON of a FaultConfig. */
export const FAULT_STORAGE_KEY = 'screening-room:faults';

const isRate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1;

const isFaultKind = (value: unknown): value is FaultKind =>
  typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);

/**
 * What the URL asks for: a config, 'off' (?faults=0), or null when it does not mention
 * faults. A rate that is not a number in [0, 1] is ignored (null); unknown kinds are
 * dropped, and if none is left all kinds apply.
 */
export function parseFaultParams(
  params: URLSearchParams,
  randomSeed: () => number,
): FaultConfig | 'off' | null {
  const rateText = params.get('faults');
  if (rateText === null || rateText.trim() === '') return null;
  const rate = Number(rateText);
  if (rate === 0) return 'off';
  if (!isRate(rate)) return null;

  const asked = (params.get('faultKinds') ?? '')
    .split(',')
    .map((kind) => kind.trim())
    .filter(isFaultKind);
  const kinds = asked.length > 0 ? [...new Set(asked)] : [...FAULT_KINDS];

  const seedText = params.get('faultSeed');
  const seed =
    seedText !== null && /^-?\d{1,10}$/.test(seedText.trim()) ? Number(seedText) | 0 : randomSeed();
  return { rate, kinds, seed };
}

/** The stored setting, or null when absent or not a valid config. */
export function parseStoredFaultConfig(text: string | null): FaultConfig | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { rate, kinds, seed } = value as Record<string, unknown>;
  const known: unknown[] = Array.isArray(kinds) ? kinds : [];
  if (!isRate(rate) || known.length === 0 || !known.every(isFaultKind)) return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return null;
  return { rate, kinds: known, seed };
}

export interface ResolvedFaults {
  config: FaultConfig | null;
  /** What to do with sessionStorage: a string to write, null to remove, undefined to leave it. */
  store: string | null | undefined;
}

/** Combines the page's URL (wins) with what the tab remembers. */
export function resolveFaultConfig(
  search: string,
  stored: string | null,
  randomSeed: () => number,
): ResolvedFaults {
  const fromUrl = parseFaultParams(new URLSearchParams(search), randomSeed);
  if (fromUrl === 'off') return { config: null, store: stored === null ? undefined : null };
  if (fromUrl) return { config: fromUrl, store: JSON.stringify(fromUrl) };
  const remembered = parseStoredFaultConfig(stored);
  return { config: remembered, store: remembered === null && stored !== null ? null : undefined };
}
