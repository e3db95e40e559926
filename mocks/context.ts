import type { DemoContent } from './domain/demo';
import type { Store } from './store/types';

/** Everything a handler needs, injected so dev, tests and (later) Node share the same handlers. */
export interface BackendContext {
  store: Store;
  /** Builds the demo content; called only when seeding or resetting. */
  content: () => DemoContent;
  now: () => Date;
}
