import type * as LazyContractModule from './responses';

export type LazyContract = typeof LazyContractModule;

let loading: Promise<LazyContract> | null = null;

/**
 * The contract's run-time part (the response schemas and the URL query parsers,
 * with zod), loaded once on first use. src/main.tsx starts it at boot, next to
 * the backend, which shares its chunk. A failed load is not kept, so the next
 * call tries again.
 */
export function loadContract(): Promise<LazyContract> {
  loading ??= import('./responses').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
