import { setupWorker } from 'msw/browser';
import { BROADCAST_CHANNEL_NAME, type BackendEvent } from '../src/contract/events';
import type { BackendContext } from './context';
import { SEED_VERSION, currentSeedVersion, seedIfEmpty, type DemoContent } from './domain/demo';
import { loadFaultConfig, withFaults } from './fault-handlers';
import { createHandlers } from './handlers';
import { createMemoryStore } from './store/memory';
import { openStore } from './store/open';
import type { Store } from './store/types';

export interface BackendInfo {
  storage: Store['kind'];
  notice: string | null;
}

/**
 * The demo content is a chunk of its own (Rolldown splits it at this import()), loaded only
 * when a store needs seeding or a reset asks for it: a returning visitor's filled store never
 * downloads or parses it.
 */
const loadDemoContent = async (): Promise<DemoContent> => (await import('./seed')).buildSeed();

/** Fill the store with the demo content unless it already holds this version of it. */
async function seed(store: Store): Promise<void> {
  if ((await store.read(currentSeedVersion)) === SEED_VERSION) return;
  // Loaded before the write: an IndexedDB transaction cannot wait for a download. seedIfEmpty
  // checks again inside the write, so two tabs seeding at once still seed once.
  const content = await loadDemoContent();
  await store.write((tx) => seedIfEmpty(tx, () => content));
}

/** Open the persistent store and make sure it holds the demo content. Never throws. */
async function openSeededStore(): Promise<Store> {
  const store = await openStore();
  try {
    await seed(store);
    return store;
  } catch (error) {
    // The store opened but cannot take the demo content (quota, blocked upgrade…): keep
    // the app usable in memory and say so, rather than showing a blank page.
    store.close();
    const reason =
      store.kind === 'indexeddb'
        ? `Your browser would not let us save data here (${error instanceof Error ? error.message : 'storage error'}), so changes will be lost when you close this tab.`
        : (store.fallbackReason ?? 'Changes will be lost when you close this tab.');
    const memory = createMemoryStore(reason);
    await seed(memory);
    return memory;
  }
}

/** Posts backend events to the other tabs (and to other listeners in this one). */
function broadcaster(): (event: BackendEvent) => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = new BroadcastChannel(BROADCAST_CHANNEL_NAME);
  return (event) => {
    try {
      channel.postMessage(event);
    } catch (error) {
      // Live updates are a nicety: a failed broadcast must not fail the write that succeeded.
      console.warn('[screening-room api] could not broadcast', error);
    }
  };
}

export interface StartOptions {
  /**
   * The query string the page was loaded with (src/lib/page-load.ts), for the fault switch
   * (mocks/faults.ts). The router may have redirected by the time this chunk runs, and taken
   * the parameters with it; defaults to the current location.search.
   */
  search?: string;
}

/**
 * Start the embedded backend: register the service worker and open the store in
 * parallel, then install the handlers. The client awaits this before its first
 * request (src/lib/api-client.ts), so no request can slip past the worker.
 */
export async function startBackend(options: StartOptions = {}): Promise<BackendInfo> {
  const worker = setupWorker();
  const [store] = await Promise.all([
    openSeededStore(),
    worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: import.meta.env.PROD,
    }),
  ]);
  const faults = loadFaultConfig(options.search ?? location.search);
  const ctx: BackendContext = {
    store,
    content: loadDemoContent,
    now: () => new Date(),
    faults,
    publish: broadcaster(),
  };
  worker.use(...withFaults(createHandlers(ctx), faults));
  return { storage: store.kind, notice: store.fallbackReason };
}
