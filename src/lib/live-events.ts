import { BROADCAST_CHANNEL_NAME } from '../contract/constants';
import type { BackendEvent } from '../contract/events';
import { loadContract } from './lazy-contract';

/**
 * Live updates from the embedded backend, in this tab and the others: the
 * backend posts a small event on a BroadcastChannel after each write others
 * should see (src/contract/events.ts). One channel per tab, opened while
 * anyone listens. Malformed messages are ignored.
 *
 * Messages are checked with the contract's lazily loaded part (it is usually
 * loaded long before the first event); they still reach listeners in the
 * order they came, since each waits on the same promise.
 */

export type LiveEventListener = (event: BackendEvent) => void;

const listeners = new Set<LiveEventListener>();
let channel: BroadcastChannel | null = null;

function open(): void {
  if (channel || typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel(BROADCAST_CHANNEL_NAME);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    void loadContract().then(
      ({ backendEventSchema }) => {
        const parsed = backendEventSchema.safeParse(message.data);
        if (!parsed.success) return;
        for (const listener of [...listeners]) listener(parsed.data);
      },
      // Without the contract nothing can be checked; the queries' own refetching still catches up.
      () => undefined,
    );
  };
}

/** Call `listener` for every backend event; returns the unsubscribe function. */
export function subscribe(listener: LiveEventListener): () => void {
  listeners.add(listener);
  open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && channel) {
      channel.close();
      channel = null;
    }
  };
}
