import type { BackendEvent } from '../src/contract/events';
import type { DemoContent } from './domain/demo';
import type { FaultConfig } from './faults';
import type { Store } from './store/types';

/** Everything a handler needs, injected so dev, tests and (later) Node share the same handlers. */
export interface BackendContext {
  store: Store;
  /**
   * Builds the demo content; called only when seeding or resetting. May be async: the
   * browser loads the content's chunk only then, so a filled store never downloads it.
   */
  content: () => DemoContent | Promise<DemoContent>;
  now: () => Date;
  /** Fault injection switched on for this tab (mocks/faults.ts); only reported, applied by mocks/fault-handlers.ts. */
  faults?: FaultConfig | null;
  /**
   * Tell other tabs about a committed write (browser: a BroadcastChannel named
   * BROADCAST_CHANNEL_NAME). Called after the transaction commits, never inside it.
   */
  publish?: (event: BackendEvent) => void;
}
