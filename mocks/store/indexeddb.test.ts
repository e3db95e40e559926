// idb checks values against the global IDB classes, so install fake-indexeddb's globals first.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, openIndexedDbStore, toStoreError, type Migration } from './indexeddb';
import { INDEX_KEYS, UNIQUE_INDEXES } from './memory';
import { comment, review, runStoreSuite, user } from './store-suite';
import { PRIMARY_KEYS, StoreError, type TableName, type Tables } from './types';

runStoreSuite('indexeddb', () => openIndexedDbStore({ indexedDB: new IDBFactory() }));

/** Open a raw connection, for inspecting or competing with the store. */
function rawOpen(
  factory: IDBFactory,
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/**
 * Has the browser abort the transaction just as a put (on `table`, or on any table) is issued,
 * as Chromium does over quota: the transaction's `error` is `cause` (none when null) and every
 * pending request fails with a plain AbortError. Undone by the afterEach below.
 */
function abortOnPut(cause: string | null, table?: TableName): void {
  const realPut = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
    const request = realPut.call(this, value, key);
    if (table === undefined || this.name === table) {
      // fake-indexeddb's internal abort is the only way to give the transaction a cause.
      if (cause === null) this.transaction.abort();
      else (this.transaction as unknown as { _abort(errorName: string): void })._abort(cause);
    }
    return request;
  });
}

const sample: { [T in TableName]: Tables[T] } = {
  publications: { slug: 'p1', name: 'Pub', kind: 'blog', description: 'D' },
  reviews: review('r1'),
  users: user('u1', 'ana'),
  // A user's deleted reply, so that every comments index (byAuthor, byParentDeleted too) has a key to compare.
  comments: comment('c2', 'r1', 'c1', {
    author: { kind: 'user', userId: 'u1' },
    deletedAt: '2024-01-03T00:00:00.000Z',
  }),
  meta: { key: 'k', value: 1 },
  credentials: {
    userId: 'u1',
    algorithm: 'PBKDF2-SHA256',
    iterations: 210_000,
    salt: 'c2FsdA==',
    hash: 'aGFzaA==',
    updatedAt: '2024-01-01T00:00:00.000Z',
  },
  sessions: {
    id: 'ab12',
    userId: 'u1',
    createdAt: '2024-01-01T00:00:00.000Z',
    expiresAt: '2024-01-01T12:00:00.000Z',
    remember: false,
  },
  subscriptions: {
    id: 's1',
    userId: 'u1',
    kind: 'subthread',
    reviewId: 'r1',
    commentId: 'c1',
    createdAt: '2024-01-01T00:00:00.000Z',
  },
  notifications: {
    id: 'n1',
    userId: 'u1',
    kind: 'reply',
    commentId: 'c2',
    reviewId: 'r1',
    subscriptionId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    read: 0,
    email: 'digest-pending',
  },
  outbox: {
    id: 'e1',
    userId: 'u1',
    kind: 'immediate',
    status: 'queued',
    createdAt: '2024-01-01T00:00:00.000Z',
    notificationIds: ['n1'],
    unsubscribe: 'replies',
    to: 'u1 <u1@example.test>',
  },
  signInAttempts: { username: 'ana', failures: [], lockedUntil: null },
  settings: { userId: 'u1', notifyOnReplies: true, emailFrequency: 'daily' },
};

/** Evaluate an IndexedDB key path (dotted paths included) on a record. */
const atPath = (record: object, path: string | string[]): unknown =>
  Array.isArray(path)
    ? path.map((p) => atPath(record, p))
    : path
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

describe('openIndexedDbStore', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is the persistent kind', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    expect(store).toMatchObject({ kind: 'indexeddb', fallbackReason: null });
    store.close();
  });

  it('keeps data across close and reopen with the same name', async () => {
    const factory = new IDBFactory();
    const first = await openIndexedDbStore({ indexedDB: factory, name: 'persist' });
    await first.write(async (tx) => {
      await tx.put('reviews', review('r1'));
      await tx.put('comments', comment('c1', 'r1', null));
    });
    first.close();

    const second = await openIndexedDbStore({ indexedDB: factory, name: 'persist' });
    const got = await second.read(async (tx) => ({
      review: await tx.get('reviews', 'r1'),
      top: await tx.getAllByIndex('comments', 'byParent', ['r1', '']),
    }));
    expect(got).toEqual({ review: review('r1'), top: [comment('c1', 'r1', null)] });
    second.close();

    const other = await openIndexedDbStore({ indexedDB: factory, name: 'another' });
    expect(await other.read((tx) => tx.getAll('reviews'))).toEqual([]);
    other.close();
  });

  it('migrates an empty database to the schema that types.ts and memory.ts declare', async () => {
    const factory = new IDBFactory();
    (await openIndexedDbStore({ indexedDB: factory, name: 'schema' })).close();
    const db = await rawOpen(factory, 'schema');
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(PRIMARY_KEYS).sort());

    const tx = db.transaction([...db.objectStoreNames], 'readonly');
    for (const table of Object.keys(PRIMARY_KEYS) as TableName[]) {
      const os = tx.objectStore(table);
      expect(os.keyPath, table).toBe(PRIMARY_KEYS[table]);
      const declared = INDEX_KEYS[table] as Record<string, (r: never) => unknown>;
      expect([...os.indexNames].sort(), table).toEqual(Object.keys(declared).sort());
      for (const [index, keyOf] of Object.entries(declared)) {
        const idx = os.index(index);
        // The key path picks out the same key as the memory adapter's key function.
        expect(keyOf(sample[table] as never), `${table}.${index} sample key`).toBeDefined();
        expect(atPath(sample[table], idx.keyPath), `${table}.${index}`).toEqual(
          keyOf(sample[table] as never),
        );
        expect(idx.unique, `${table}.${index}`).toBe(
          (UNIQUE_INDEXES[table] as readonly string[]).includes(index),
        );
        expect(idx.multiEntry).toBe(false);
      }
    }
    db.close();
  });

  it('upgrades by appending a migration, keeping data written under the older version', async () => {
    const factory = new IDBFactory();
    const v1 = await openIndexedDbStore({ indexedDB: factory, name: 'upgrade' });
    await v1.write((tx) => tx.put('reviews', review('r1')));
    v1.close();

    const seen: number[] = [];
    const next: Migration = (db) => {
      seen.push(db.version);
      db.createObjectStore('extra', { keyPath: 'id' });
    };
    const upgraded = await openIndexedDbStore({
      indexedDB: factory,
      name: 'upgrade',
      migrations: [...MIGRATIONS, next],
    });
    expect(await upgraded.read((tx) => tx.get('reviews', 'r1'))).toEqual(review('r1'));
    upgraded.close();
    expect(seen).toEqual([MIGRATIONS.length + 1]);

    const db = await rawOpen(factory, 'upgrade');
    expect(db.version).toBe(MIGRATIONS.length + 1);
    expect([...db.objectStoreNames]).toContain('extra');
    expect([...db.objectStoreNames]).toContain('comments');
    db.close();
  });

  it('v2 indexes comments written under v1 by their author, and adds the account tables', async () => {
    const factory = new IDBFactory();
    // The store transacts over every table it knows, so write the v1 data through a raw connection.
    (
      await openIndexedDbStore({ indexedDB: factory, name: 'v1-to-v2', migrations: MIGRATIONS.slice(0, 1) })
    ).close();
    const raw = await rawOpen(factory, 'v1-to-v2');
    expect(raw.version).toBe(1);
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('comments', 'readwrite');
      tx.objectStore('comments').put(comment('c1', 'r1', null, { author: { kind: 'user', userId: 'u1' } }));
      tx.objectStore('comments').put(comment('c2', 'r1', null));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    raw.close();

    const v2 = await openIndexedDbStore({
      indexedDB: factory,
      name: 'v1-to-v2',
      migrations: MIGRATIONS.slice(0, 2),
    });
    const found = await v2.read((tx) => tx.getAllByIndex('comments', 'byAuthor', 'u1'));
    expect(found.map((c) => c.id)).toEqual(['c1']);
    await v2.write((tx) =>
      tx.put('settings', { userId: 'u1', notifyOnReplies: false, emailFrequency: 'off' }),
    );
    expect(await v2.read((tx) => tx.get('settings', 'u1'))).toMatchObject({ emailFrequency: 'off' });
    v2.close();
  });

  it('a migration that fails leaves the database at its old version and rejects with a StoreError', async () => {
    const factory = new IDBFactory();
    (await openIndexedDbStore({ indexedDB: factory, name: 'bad-upgrade' })).close();
    const broken: Migration = () => {
      throw new Error('bad step');
    };
    const attempt = openIndexedDbStore({
      indexedDB: factory,
      name: 'bad-upgrade',
      migrations: [...MIGRATIONS, broken],
    });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toThrow('bad step');
    const db = await rawOpen(factory, 'bad-upgrade');
    expect(db.version).toBe(MIGRATIONS.length);
    db.close();
  });

  it('maps a QuotaExceededError from put to StoreError reason "quota" and keeps nothing', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    await store.write((tx) => tx.put('meta', { key: 'before', value: 1 }));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'comments')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    const attempt = store.write(async (tx) => {
      await tx.put('meta', { key: 'during', value: 1 });
      await tx.put('comments', comment('c1', 'r1', null));
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', reason: 'quota' });
    await expect(attempt).rejects.toThrow("Your browser's storage for this site is full");
    vi.restoreAllMocks();
    expect(await store.read((tx) => tx.getAll('meta'))).toEqual([{ key: 'before', value: 1 }]);
    store.close();
  });

  it('maps a transaction aborted over quota to reason "quota", though its requests only say AbortError', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    abortOnPut('QuotaExceededError', 'comments');
    const attempt = store.write(async (tx) => {
      await tx.put('meta', { key: 'during', value: 1 });
      await tx.put('comments', comment('c1', 'r1', null));
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', reason: 'quota' });
    await expect(attempt).rejects.toThrow("Your browser's storage for this site is full");
    vi.restoreAllMocks();
    expect(await store.read((tx) => tx.getAll('meta'))).toEqual([]);
    // The store keeps working once there is room again.
    await store.write((tx) => tx.put('comments', comment('c1', 'r1', null)));
    expect(await store.read((tx) => tx.get('comments', 'c1'))).toMatchObject({ id: 'c1' });
    store.close();
  });

  it('reports the quota, not "the transaction has finished", when fn carries on after the abort', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    abortOnPut('QuotaExceededError', 'comments');
    const attempt = store.write(async (tx) => {
      // As domain code running steps side by side does: another step starts after the abort.
      await tx.put('comments', comment('c1', 'r1', null)).catch(() => undefined);
      await tx.put('meta', { key: 'after', value: 1 });
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', reason: 'quota' });
    store.close();
  });

  it('tells fn the cause as well, when it catches the failure of a call itself', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    abortOnPut('QuotaExceededError', 'comments');
    const seen: unknown[] = [];
    const attempt = store.write(async (tx) => {
      const failure = (e: unknown) => void seen.push(e);
      // The pending request (AbortError), then a call on the finished transaction (InvalidStateError).
      await tx.put('comments', comment('c1', 'r1', null)).catch(failure);
      await tx.get('meta', 'k').catch(failure);
    });
    await expect(attempt).rejects.toMatchObject({ reason: 'quota' });
    expect(seen).toEqual([
      expect.objectContaining({ name: 'StoreError', reason: 'quota' }),
      expect.objectContaining({ name: 'StoreError', reason: 'quota' }),
    ]);
    store.close();
  });

  it('lets an error of fn’s own stand, even when the transaction aborted', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    abortOnPut('QuotaExceededError');
    const refusal = new Error('Comment not found');
    const attempt = store.write(async (tx) => {
      await tx.put('meta', { key: 'x', value: 1 }).catch(() => undefined);
      throw refusal;
    });
    await expect(attempt).rejects.toBe(refusal);
    store.close();
  });

  it('keeps the AbortError when the transaction was aborted without a cause', async () => {
    const store = await openIndexedDbStore({ indexedDB: new IDBFactory() });
    abortOnPut(null);
    const attempt = store.write((tx) => tx.put('meta', { key: 'during', value: 1 }));
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', reason: 'unknown' });
    await expect(attempt).rejects.toThrow(/cancelled/);
    store.close();
  });

  it('closes for a newer version opened in another tab, then asks for a reload', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore({ indexedDB: factory, name: 'shared' });
    // Would stay blocked if the store kept its connection open.
    const newer = await rawOpen(factory, 'shared', MIGRATIONS.length + 1, (db) =>
      db.createObjectStore('extra'),
    );
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    const attempt = store.read((tx) => tx.getAll('reviews'));
    await expect(attempt).rejects.toMatchObject({ reason: 'blocked' });
    await expect(attempt).rejects.toThrow(/reload/i);
    newer.close();
  });

  it('rejects with reason "blocked" when an older connection will not let it upgrade', async () => {
    const factory = new IDBFactory();
    const old = await rawOpen(factory, 'stuck', 1);
    const attempt = openIndexedDbStore({
      indexedDB: factory,
      name: 'stuck',
      migrations: [...MIGRATIONS, () => {}],
    });
    await expect(attempt).rejects.toMatchObject({ reason: 'blocked' });
    await expect(attempt).rejects.toThrow(/another tab/i);
    old.close();
  });

  it('rejects with reason "blocked" when the saved data is newer than this code', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, 'future', 5)).close();
    await expect(openIndexedDbStore({ indexedDB: factory, name: 'future' })).rejects.toMatchObject({
      reason: 'blocked',
    });
  });

  it('fails with a StoreError when the factory refuses to open', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    await expect(openIndexedDbStore({ indexedDB: factory })).rejects.toMatchObject({ reason: 'unavailable' });
  });
});

describe('toStoreError', () => {
  it('maps DOMExceptions by name and keeps the original as cause', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toStoreError(quota)).toMatchObject({ reason: 'quota', cause: quota });
    expect(toStoreError(new DOMException('x', 'ConstraintError')).reason).toBe('constraint');
    expect(toStoreError(new DOMException('x', 'VersionError')).reason).toBe('blocked');
    expect(toStoreError(new DOMException('x', 'UnknownError')).reason).toBe('unavailable');
    expect(toStoreError(new DOMException('x', 'AbortError')).reason).toBe('unknown');
    expect(toStoreError(new Error('weird')).message).toContain('weird');
  });

  it('passes a StoreError through unchanged', () => {
    const original = new StoreError('kept', 'blocked');
    expect(toStoreError(original)).toBe(original);
  });
});
