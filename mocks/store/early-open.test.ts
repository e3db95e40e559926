// idb checks values against the global IDB classes, so install fake-indexeddb's globals first.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DB_NAME, SCHEMA_VERSION, openDatabaseEarly, type EarlyDatabase } from './early-open';
import { MIGRATIONS, openIndexedDbStore } from './indexeddb';
import { review } from './store-suite';

/** Open a raw connection; `oldVersion` is what upgradeneeded reported, if it fired. Rejects if blocked. */
function rawOpen(
  factory: IDBFactory,
  version?: number,
): Promise<{ db: IDBDatabase; oldVersion: number | null }> {
  return new Promise((resolve, reject) => {
    let oldVersion: number | null = null;
    const request = factory.open(DEFAULT_DB_NAME, version);
    request.onupgradeneeded = (event) => {
      oldVersion = event.oldVersion;
    };
    // A connection that does not close when asked would otherwise keep this waiting for good.
    request.onblocked = () => reject(new Error('blocked by a connection that stayed open'));
    request.onsuccess = () => resolve({ db: request.result, oldVersion });
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** A database at `migrations.length`, left closed, holding one review when `withData`. */
async function createDatabase(factory: IDBFactory, migrations = MIGRATIONS, withData = false): Promise<void> {
  const store = await openIndexedDbStore({ indexedDB: factory, migrations });
  if (withData) await store.write((tx) => tx.put('reviews', review('r1')));
  store.close();
  // Store.close() closes the connection once its promise settles; wait for that.
  await Promise.resolve();
  await Promise.resolve();
}

async function versionOnDisk(factory: IDBFactory): Promise<number | undefined> {
  const list = await factory.databases();
  return list.find((info) => info.name === DEFAULT_DB_NAME)?.version;
}

/**
 * Opens the store on `early` and checks that it ends at the current schema and works, with
 * the review of createDatabase(…, withData) still there when `kept`. Returns what the store
 * got from take().
 */
async function openStoreOn(
  factory: IDBFactory,
  early: EarlyDatabase,
  kept: boolean,
): Promise<IDBDatabase | null | undefined> {
  let taken: IDBDatabase | null | undefined;
  const store = await openIndexedDbStore({
    indexedDB: factory,
    early: { take: async () => (taken = await early.take()) },
  });
  if (kept) expect(await store.read((tx) => tx.get('reviews', 'r1'))).toEqual(review('r1'));
  await store.write((tx) => tx.put('reviews', review('r2')));
  expect(await store.read((tx) => tx.get('reviews', 'r2'))).toEqual(review('r2'));
  expect(await versionOnDisk(factory)).toBe(SCHEMA_VERSION);
  store.close();
  return taken;
}

describe('SCHEMA_VERSION', () => {
  it('is the version the migrations produce', () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('openDatabaseEarly', () => {
  it('hands over an open connection to a database at the current version', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory);
    const db = await openDatabaseEarly(factory).take();
    expect(db).not.toBeNull();
    expect(db?.name).toBe(DEFAULT_DB_NAME);
    expect(db?.version).toBe(SCHEMA_VERSION);
    // Usable: a transaction over a migrated table starts.
    expect(() => db?.transaction(['reviews'], 'readonly')).not.toThrow();
    db?.close();
  });

  it('lets openIndexedDbStore run on that connection without opening another', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory, MIGRATIONS, true);
    const open = vi.spyOn(factory, 'open');
    const taken = await openStoreOn(factory, openDatabaseEarly(factory), true);
    expect(taken?.version).toBe(SCHEMA_VERSION);
    // The early request only, as the store started and through every read and write after.
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('does not create a database that does not exist', async () => {
    const factory = new IDBFactory();
    expect(await openDatabaseEarly(factory).take()).toBeNull();
    expect(await versionOnDisk(factory)).toBeUndefined();
    const { db, oldVersion } = await rawOpen(factory, 1);
    expect(oldVersion).toBe(0);
    db.close();
  });

  it('leaves creating the database to openIndexedDbStore', async () => {
    const factory = new IDBFactory();
    expect(await openStoreOn(factory, openDatabaseEarly(factory), false)).toBeNull();
  });

  it('leaves a database at an older version as it was, for openIndexedDbStore to migrate', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory, MIGRATIONS.slice(0, 2), true);
    const early = openDatabaseEarly(factory);
    expect(await early.take()).toBeNull();
    expect(await versionOnDisk(factory)).toBe(2);
    const { db: raw } = await rawOpen(factory);
    expect(raw.version).toBe(2);
    // v3's indexes were not half-made by the aborted upgrade.
    expect(Array.from(raw.transaction('comments').objectStore('comments').indexNames)).not.toContain(
      'byParentNumber',
    );
    raw.close();

    await openStoreOn(factory, early, true);
  });

  it('gives openIndexedDbStore nothing for an older database, which it then migrates', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory, MIGRATIONS.slice(0, 2), true);
    expect(await openStoreOn(factory, openDatabaseEarly(factory), true)).toBeNull();
  });

  it('lets go of its connection when another tab asks for a newer version before take()', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory);
    const open = vi.spyOn(factory, 'open');
    const early = openDatabaseEarly(factory);
    const opened = open.mock.results[0];
    if (opened?.type !== 'return') throw new Error('openDatabaseEarly did not open');
    const request = opened.value;
    // Registered after openDatabaseEarly's own handler, so it runs once that has kept the connection.
    await new Promise<void>((resolve) => request.addEventListener('success', () => resolve()));

    const newer = await rawOpen(factory, SCHEMA_VERSION + 1);
    expect(newer.db.version).toBe(SCHEMA_VERSION + 1);
    expect(await early.take()).toBeNull();
    newer.db.close();
  });

  it('does not keep another tab waiting while it holds an older version open', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory, MIGRATIONS.slice(0, 2));
    // The other tab ignores versionchange, as a tab running an older build without a handler would.
    const { db: other } = await rawOpen(factory);
    const early = openDatabaseEarly(factory);
    expect(await early.take()).toBeNull();
    other.close();
    await openStoreOn(factory, early, false);
  });

  it('is closed by openIndexedDbStore when not at its schema, which then opens its own', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory, MIGRATIONS, true);
    const migrations = [...MIGRATIONS, () => undefined];
    // Left open, the handed-over connection would block the upgrade to the longer history.
    const store = await openIndexedDbStore({
      indexedDB: factory,
      migrations,
      early: openDatabaseEarly(factory),
    });
    expect(await store.read((tx) => tx.get('reviews', 'r1'))).toEqual(review('r1'));
    expect(await versionOnDisk(factory)).toBe(migrations.length);
    store.close();
  });

  it('hands the connection over only once', async () => {
    const factory = new IDBFactory();
    await createDatabase(factory);
    const early = openDatabaseEarly(factory);
    const first = await early.take();
    expect(first?.version).toBe(SCHEMA_VERSION);
    expect(await early.take()).toBeNull();
    first?.close();
  });

  it('has nothing to hand over without IndexedDB', async () => {
    expect(await openDatabaseEarly(null).take()).toBeNull();
  });

  it('has nothing to hand over when opening throws', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(await openDatabaseEarly(factory).take()).toBeNull();
  });
});
