import { createMemoryStore } from './memory';
import { readGlobalIndexedDb, type EarlyDatabase } from './early-open';
import { openIndexedDbStore } from './indexeddb';
import { StoreError, type Store } from './types';

export interface OpenStoreOptions {
  name?: string;
  /** Defaults to the global indexedDB; null means "not available". */
  indexedDB?: IDBFactory | null;
  /** A connection opened as the page started (src/main.tsx), used when it is usable. */
  early?: EarlyDatabase;
  /** How long to wait for IndexedDB (a blocked upgrade can hang) before falling back. */
  timeoutMs?: number;
}

const LOST = 'so changes will be lost when you close this tab.';

function reasonFor(error: unknown): string {
  if (error instanceof StoreError) {
    switch (error.reason) {
      case 'quota':
        return `Your browser's storage for this site is full, ${LOST}`;
      case 'blocked':
        return `${error.message} Until then, ${LOST.replace(/^so /, '')}`;
      default:
        break;
    }
  }
  return `Your browser would not let us save data (IndexedDB is unavailable), ${LOST}`;
}

/**
 * The store the app runs on: IndexedDB when the browser allows it, otherwise an
 * in-memory store whose `fallbackReason` says, in words for the user, why data
 * will not survive the tab. Never throws.
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const factory = opts.indexedDB === undefined ? readGlobalIndexedDb() : opts.indexedDB;
  if (!factory) return createMemoryStore(reasonFor(null));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), opts.timeoutMs ?? 4000);
  });
  const opening = openIndexedDbStore({
    indexedDB: factory,
    ...(opts.name ? { name: opts.name } : {}),
    ...(opts.early ? { early: opts.early } : {}),
  });
  try {
    const winner = await Promise.race([opening, timedOut]);
    if (winner !== 'timeout') return winner;
    // Should it open after all, close it so it does not block other tabs' upgrades.
    opening.then(
      (late) => late.close(),
      () => undefined,
    );
    return createMemoryStore(`Your browser's storage did not answer in time, ${LOST}`);
  } catch (error) {
    return createMemoryStore(reasonFor(error));
  } finally {
    clearTimeout(timer);
  }
}
