import type { DemoContent } from './domain/demo';
import type { FaultConfig } from './faults';
import type { Store } from './store/types';

/** Everything a handler needs, injected so dev, tests and (later) Node share the same handlers. */
export interface BackendContext {
  store: Store;
  /** Builds the demo content; called only when seeding or resetting. */
  content: () => DemoContent;
  now: () => Date;
  /** Fault injection switched on for this tab (mocks/faults.ts); only reported, applied by mocks/fault-handlers.ts. */
  faults?: FaultConfig | null;
}
