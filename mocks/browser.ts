import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { BROADCAST_CHANNEL_NAME, type BackendEvent } from '../src/contract/events';
import type { BackendContext } from './context';
import { SEED_VERSION, currentSeedVersion, seedIfEmpty, type DemoContent } from './domain/demo';
import { loadFaultConfig, withFaults } from './fault-handlers';
import { createHandlers } from './handlers';
import { createMemoryStore } from './store/memory';
import type { EarlyDatabase } from './store/early-open';
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
async function openSeededStore(early: EarlyDatabase | undefined): Promise<Store> {
  const store = await openStore(early ? { early } : {});
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
  /** The database connection src/main.tsx started opening as the page loaded. */
  earlyDatabase?: EarlyDatabase;
}

/**
 * Earlier builds answered through msw's service worker (public/mockServiceWorker.js). A
 * returning visitor's registration would stay and sit in front of every request this origin
 * makes, answering none of them: remove it. Off the critical path; failure changes nothing.
 */
function retireLegacyServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.getRegistrations().then(
    (registrations) => {
      for (const registration of registrations) {
        const worker = registration.active ?? registration.waiting ?? registration.installing;
        if (worker?.scriptURL.endsWith('/mockServiceWorker.js')) void registration.unregister();
      }
    },
    () => undefined,
  );
}

/**
 * msw's fetch interception in the page (the "network source" its setupWorker uses when a
 * browser has no service workers), rather than its service worker. Measured on the
 * benchmark's 10,000-comment thread, the worker cost 50–70 ms before the first comment: a
 * page it controls sends every request, scripts and styles included, through its fetch
 * event, and each API call went there and back to this page, where the handlers run anyway
 * (README, "Performance and robustness"). The app only calls the API with fetch
 * (src/lib/api-client.ts), so nothing is lost by answering fetch here.
 */
function pageFetchSource(): InterceptorSource {
  // msw's own typing of the interceptor list is narrower than the interceptors it ships
  // (setupWorker casts the same way); FetchInterceptor is what its fallback source uses.
  const fetchInterceptor = new FetchInterceptor() as unknown as ConstructorParameters<
    typeof InterceptorSource
  >[0]['interceptors'][number];
  return new InterceptorSource({ interceptors: [fetchInterceptor] });
}

/**
 * Start the embedded backend: open the store (seeding it if needed), then answer the
 * page's fetch calls to /api with the handlers. The client awaits this before its first
 * request (src/lib/api-client.ts), so no request can slip past it to the network.
 */
export async function startBackend(options: StartOptions = {}): Promise<BackendInfo> {
  const store = await openSeededStore(options.earlyDatabase);
  const faults = loadFaultConfig(options.search ?? location.search);
  const ctx: BackendContext = {
    store,
    content: loadDemoContent,
    now: () => new Date(),
    faults,
    publish: broadcaster(),
  };
  const network = defineNetwork({
    sources: [pageFetchSource()],
    handlers: withFaults(createHandlers(ctx), faults),
    // Requests outside /api (none today) go to the network as they are.
    onUnhandledFrame: 'bypass',
    // In development msw logs each request and its answer in the console (the page's own
    // fetch calls never show in the browser's network panel). The production build is quiet:
    // the log clones every answer.
    context: { quiet: import.meta.env.PROD },
  });
  network.enable();
  // For the benchmark's breakdown of a page load (bench/lib/probes.mjs).
  performance.mark('screening-room:backend-ready');
  retireLegacyServiceWorker();
  return { storage: store.kind, notice: store.fallbackReason };
}
