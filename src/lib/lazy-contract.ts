import type * as LazyContractModule from '../contract/responses';
import { lazyModule } from './lazy-module';

export type LazyContract = typeof LazyContractModule;

/**
 * The contract's run-time part (the response schemas and the URL query parsers,
 * with zod), loaded once on first use. src/main.tsx starts it at boot, next to
 * the backend, which shares its chunk.
 */
export const { load: loadContract } = lazyModule(() => import('../contract/responses'));
