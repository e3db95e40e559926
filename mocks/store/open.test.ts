// idb checks values against the global IDB classes, so install fake-indexeddb's globals first.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBOpenDBRequest, IDBVersionChangeEvent } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './indexeddb';
import { openStore } from './open';
import { review } from './store-suite';

/** The fallback must still be a working store. */
async function expectWorkingMemoryStore(store: Awaited<ReturnType<typeof openStore>>) {
  expect(store.kind).toBe('memory');
  await store.write((tx) => tx.put('reviews', review('r1')));
  expect(await store.read((tx) => tx.get('reviews', 'r1'))).toEqual(review('r1'));
}

describe('openStore', () => {
  it('uses IndexedDB when it works', async () => {
    const store = await openStore({ indexedDB: new IDBFactory() });
    expect(store.kind).toBe('indexeddb');
    expect(store.fallbackReason).toBeNull();
    await store.write((tx) => tx.put('reviews', review('r1')));
    expect(await store.read((tx) => tx.get('reviews', 'r1'))).toEqual(review('r1'));
    store.close();
  });

  it('falls back to memory, saying why, when IndexedDB is missing', async () => {
    const store = await openStore({ indexedDB: null });
    expect(store.fallbackReason).toMatch(/IndexedDB is unavailable/);
    expect(store.fallbackReason).toMatch(/lost when you close this tab/);
    await expectWorkingMemoryStore(store);
  });

  it('falls back to memory when opening throws (private mode, policy)', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = await openStore({ indexedDB: factory });
    expect(store.fallbackReason).toMatch(/IndexedDB is unavailable/);
    await expectWorkingMemoryStore(store);
  });

  it('falls back to memory when the open request never answers', async () => {
    const factory = new IDBFactory();
    factory.open = () => new IDBOpenDBRequest();
    const store = await openStore({ indexedDB: factory, timeoutMs: 20 });
    expect(store.fallbackReason).toMatch(/did not answer/);
    await expectWorkingMemoryStore(store);
  });

  it('falls back to memory, telling the user to close other tabs, when an old tab blocks the upgrade', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      // What the browser does while an older connection in another tab refuses to close.
      const request = new IDBOpenDBRequest();
      setTimeout(() =>
        request.dispatchEvent(new IDBVersionChangeEvent('blocked', { oldVersion: 1, newVersion: 2 })),
      );
      return request;
    };
    const store = await openStore({ indexedDB: factory });
    expect(store.fallbackReason).toMatch(/another tab/i);
    expect(store.fallbackReason).toMatch(/lost when you close this tab/);
    await expectWorkingMemoryStore(store);
  });

  it('falls back to memory when the saved data is from a newer version', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('screening-room', MIGRATIONS.length + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const store = await openStore({ indexedDB: factory });
    expect(store.fallbackReason).toMatch(/reload/i);
    await expectWorkingMemoryStore(store);
  });
});
