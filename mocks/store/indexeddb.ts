import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DEFAULT_DB_NAME, type EarlyDatabase } from './early-open';
import { pageBounds, type KeyBounds } from './keys';
import { PRIMARY_KEYS, StoreError, type Store, type StoreTx, type TableName, type Tables } from './types';

const TABLES = Object.keys(PRIMARY_KEYS) as TableName[];

/**
 * One schema step. `db` and `tx` belong to the upgrade transaction: create or
 * delete stores and indexes, or rewrite records through `tx.objectStore(...)`
 * (await only IndexedDB requests, or the upgrade transaction commits early).
 */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>,
) => void | Promise<void>;

/**
 * The schema history: MIGRATIONS[n] takes the database from version n to n + 1,
 * and the database version is MIGRATIONS.length. A shipped step is never
 * edited, since browsers that already ran it will not run it again; change the
 * schema by appending a step, e.g. v2:
 *
 *   (db) => {
 *     db.createObjectStore('sessions', { keyPath: 'id' });
 *     db.createObjectStore('notifications', { keyPath: 'id' }).createIndex('byUser', 'userId');
 *   },
 *
 * then add the tables to types.ts (Tables, PRIMARY_KEYS, Indexes) and memory.ts
 * (INDEX_KEYS, UNIQUE_INDEXES). indexeddb.test.ts fails until the migrated
 * schema matches those declarations. The steps are written out literally rather
 * than derived from the declarations so that they stay frozen.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1
  (db) => {
    db.createObjectStore('publications', { keyPath: 'slug' });
    db.createObjectStore('reviews', { keyPath: 'id' }).createIndex('bySlug', 'slug', { unique: true });
    db.createObjectStore('users', { keyPath: 'id' }).createIndex('byUsername', 'username', { unique: true });
    const comments = db.createObjectStore('comments', { keyPath: 'id' });
    comments.createIndex('byReview', 'reviewId');
    comments.createIndex('byParent', ['reviewId', 'parentKey']);
    comments.createIndex('byClientId', 'clientId', { unique: true });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // v2: accounts, following, notifications, simulated email
  (db, tx) => {
    tx.objectStore('comments').createIndex('byAuthor', 'author.userId');
    db.createObjectStore('credentials', { keyPath: 'userId' });
    db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('byUser', 'userId');
    const subscriptions = db.createObjectStore('subscriptions', { keyPath: 'id' });
    subscriptions.createIndex('byUser', 'userId');
    subscriptions.createIndex('byReview', 'reviewId');
    subscriptions.createIndex('byComment', 'commentId');
    subscriptions.createIndex('byTarget', ['userId', 'reviewId', 'commentId'], { unique: true });
    const notifications = db.createObjectStore('notifications', { keyPath: 'id' });
    notifications.createIndex('byUser', 'userId');
    notifications.createIndex('byUserRead', ['userId', 'read']);
    notifications.createIndex('byComment', 'commentId');
    notifications.createIndex('byUserComment', ['userId', 'commentId'], { unique: true });
    notifications.createIndex('byEmail', 'email');
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    outbox.createIndex('byUser', 'userId');
    outbox.createIndex('byStatus', 'status');
    db.createObjectStore('signInAttempts', { keyPath: 'username' });
    db.createObjectStore('settings', { keyPath: 'userId' });
  },
  // v3: a page of a thread (top-level comments or one comment's replies) by a bounded range
  // read, in each order the thread offers, instead of reading every child and sorting.
  // createIndex fills the new indexes from the comments already stored.
  (_db, tx) => {
    const comments = tx.objectStore('comments');
    comments.createIndex('byParentNumber', ['reviewId', 'parentKey', 'number']);
    comments.createIndex('byParentDescendants', ['reviewId', 'parentKey', 'descendantCount', 'number']);
    comments.createIndex('byParentDeleted', ['reviewId', 'parentKey', 'descendantCount', 'deletedAt']);
  },
];

const BLOCKED_BY_OLD_TAB =
  'Screening Room is open in another tab that is running an older version. Close the other tabs, then reload this one.';
const UPDATED_ELSEWHERE = 'Screening Room was updated in another tab. Reload this page to continue.';

const errorName = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '';
const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Turn whatever IndexedDB threw or aborted with into a StoreError a person can act on. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = errorName(e);
  const make = (message: string, reason: StoreError['reason']) => {
    const err = new StoreError(message, reason);
    err.cause = e;
    return err;
  };
  switch (name) {
    case 'QuotaExceededError':
    case 'NS_ERROR_DOM_QUOTA_REACHED':
      return make(
        "Your browser's storage for this site is full, so the change was not saved. Free some space (for example by clearing data of other sites) and try again.",
        'quota',
      );
    case 'ConstraintError':
      return make(
        'The change conflicts with a record that already exists, so it was not saved.',
        'constraint',
      );
    case 'VersionError':
      return make(
        'This tab is running an older version of Screening Room than the saved data. Reload the page.',
        'blocked',
      );
    case 'SecurityError':
    case 'InvalidAccessError':
    case 'NotFoundError':
    case 'UnknownError':
    case 'InvalidStateError':
      return make(
        `Your browser's storage for this site is not available (${errorMessage(e)}).`,
        'unavailable',
      );
    case 'AbortError':
      return make('The browser cancelled the change before it was saved. Try again.', 'unknown');
    default:
      return make(`Saving or loading data failed: ${errorMessage(e)}`, 'unknown');
  }
}

/** Opens (and if needed upgrades) the database; rejects with a StoreError. */
function openDatabase(
  factory: IDBFactory,
  name: string,
  migrations: readonly Migration[],
): Promise<IDBPDatabase<unknown>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      reject(toStoreError(e));
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, migrations.length);
    } catch (e) {
      fail(e);
      return;
    }
    let migrationError: unknown;
    request.onupgradeneeded = (event) => {
      const upgrade = request.transaction;
      if (!upgrade) return;
      const db = wrap(request.result);
      // wrap() types every transaction as readonly; this one is the upgrade transaction.
      const tx = wrap(upgrade) as unknown as IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;
      // The open request reports the outcome; an unobserved rejection would only be noise.
      tx.done.catch(() => undefined);
      const abort = (e: unknown) => {
        migrationError = e;
        try {
          upgrade.abort();
        } catch {
          // Already finished: the open request reports the outcome.
        }
      };
      // Steps run one after another; a step that returns a promise must finish before the next starts.
      let chain: Promise<void> = Promise.resolve();
      let sync = true;
      for (let v = event.oldVersion; v < migrations.length; v++) {
        const step = migrations[v];
        if (!step) break;
        if (sync) {
          try {
            const out = step(db, tx);
            if (out) {
              sync = false;
              chain = out;
            }
          } catch (e) {
            abort(e);
            return;
          }
        } else {
          chain = chain.then(() => step(db, tx));
        }
      }
      chain.catch(abort);
    };
    // An older connection (another tab) did not close when asked to.
    request.onblocked = () => fail(new StoreError(BLOCKED_BY_OLD_TAB, 'blocked'));
    request.onerror = () => {
      if (migrationError !== undefined) {
        fail(
          new StoreError(
            `Could not upgrade this site's saved data (${errorMessage(migrationError)}).`,
            'unknown',
          ),
        );
      } else fail(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      // We already gave up (blocked): do not hold a connection nobody uses.
      if (settled) db.close();
      else {
        settled = true;
        resolve(wrap(db));
      }
    };
  });
}

type ReadTx = IDBPTransaction<unknown, TableName[], 'readonly'>;
type WriteTx = IDBPTransaction<unknown, TableName[], 'readwrite'>;

/**
 * Runs an IndexedDB call of `tx`, starting it synchronously so the transaction is still active.
 * When the browser aborts a transaction (over quota, disk error…), its pending requests fail
 * with a plain AbortError and later calls with InvalidStateError ("the transaction has
 * finished"); only the transaction's `error` says why, so that cause is reported instead.
 */
async function attempt<R>(tx: { readonly error: DOMException | null }, op: () => Promise<R>): Promise<R> {
  try {
    return await op();
  } catch (e) {
    const cause = tx.error;
    throw toStoreError(cause && cause.name !== 'AbortError' ? cause : e);
  }
}

/** The IndexedDB range of a page read's bounds. */
const keyRange = (b: KeyBounds) => IDBKeyRange.bound(b.lower, b.upper, b.lowerOpen, b.upperOpen);

const asKey = (key: unknown) => key as IDBValidKey;
/** idb types results of an untyped database as `any`; name what they are instead. */
const typed = <V>(p: Promise<unknown>) => p as Promise<V>;

function makeTx(tx: ReadTx | WriteTx): StoreTx {
  const rw = tx.mode === 'readwrite' ? tx : null;
  const writer = (op: string): WriteTx => {
    if (!rw) throw new Error(`${op} in a read transaction`);
    return rw;
  };
  const store = (table: TableName) => (tx as ReadTx).objectStore(table);
  return {
    get: <T extends TableName>(table: T, key: string) =>
      attempt(tx, () => typed<Tables[T] | undefined>(store(table).get(key))),
    getAll: <T extends TableName>(table: T) => attempt(tx, () => typed<Tables[T][]>(store(table).getAll())),
    getByIndex: <T extends TableName>(table: T, index: string, key: unknown) =>
      attempt(tx, () => typed<Tables[T] | undefined>(store(table).index(index).get(asKey(key)))),
    getAllByIndex: <T extends TableName>(table: T, index: string, key: unknown) =>
      attempt(tx, () => typed<Tables[T][]>(store(table).index(index).getAll(asKey(key)))),
    countByIndex: (table, index, key) => attempt(tx, () => store(table).index(index).count(asKey(key))),
    getPageByIndex: <T extends TableName>(
      table: T,
      index: string,
      query: { prefix: unknown; after?: unknown; direction?: 'next' | 'prev'; limit?: number },
    ) =>
      attempt(tx, async () => {
        const direction = query.direction ?? 'next';
        const bounds = pageBounds(
          query.prefix as readonly unknown[],
          query.after as readonly unknown[] | undefined,
          direction,
        );
        const limit = query.limit;
        // getAll's count 0 means "no limit".
        if (!bounds || limit === 0) return [];
        const range = keyRange(bounds);
        const idx = store(table).index(index);
        if (direction === 'next') return typed<Tables[T][]>(idx.getAll(range, limit));
        // getAll only reads forwards: walk a cursor backwards for as many as asked.
        const rows: Tables[T][] = [];
        let cursor = await idx.openCursor(range, 'prev');
        while (cursor && (limit === undefined || rows.length < limit)) {
          rows.push(cursor.value as Tables[T]);
          cursor = await cursor.continue();
        }
        return rows;
      }),
    countByIndexPrefix: (table, index, prefix) =>
      attempt(tx, async () => {
        const bounds = pageBounds(prefix as readonly unknown[], undefined, 'next');
        return bounds ? store(table).index(index).count(keyRange(bounds)) : 0;
      }),
    put: <T extends TableName>(table: T, value: Tables[T]) =>
      attempt(tx, async () => {
        await writer('put').objectStore(table).put(value);
      }),
    delete: (table, key) => attempt(tx, () => writer('delete').objectStore(table).delete(key)),
    clear: (table) => attempt(tx, () => writer('clear').objectStore(table).clear()),
  };
}

export interface IndexedDbStoreOptions {
  name?: string;
  indexedDB?: IDBFactory;
  /** Schema history; tests pass a longer list to exercise an upgrade. */
  migrations?: readonly Migration[];
  /**
   * A connection opened before this module loaded (mocks/store/early-open.ts). The first
   * connection is taken from it when it is at this schema's version; otherwise opened here.
   */
  early?: EarlyDatabase;
}

/**
 * The persistent store. Every read or write is one transaction over all
 * tables; a write settles only once its transaction has committed, and if `fn`
 * throws the transaction is aborted and the error rethrown as is.
 */
export async function openIndexedDbStore(opts: IndexedDbStoreOptions = {}): Promise<Store> {
  const factory = opts.indexedDB ?? globalThis.indexedDB;
  const name = opts.name ?? DEFAULT_DB_NAME;
  const migrations = opts.migrations ?? MIGRATIONS;
  if (!factory) throw new StoreError('IndexedDB is not available in this browser.', 'unavailable');

  let outdated = false;
  let closed = false;
  let connection: Promise<IDBPDatabase<unknown>> | null = null;

  let early = opts.early;
  const connect = (): Promise<IDBPDatabase<unknown>> => {
    const handedOver = early?.take();
    early = undefined;
    const raw = handedOver
      ? handedOver.then((db) => {
          if (db?.name === name && db.version === migrations.length) return wrap(db);
          db?.close();
          return openDatabase(factory, name, migrations);
        })
      : openDatabase(factory, name, migrations);
    const opening = raw.then((db) => {
      // Another tab wants a newer schema: let it upgrade; this tab must reload.
      db.addEventListener('versionchange', () => {
        outdated = true;
        db.close();
      });
      // The browser closed the connection (storage cleared, disk error): reopen on next use.
      db.addEventListener('close', () => {
        if (connection === opening) connection = null;
      });
      return db;
    });
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
    return opening;
  };

  const database = (): Promise<IDBPDatabase<unknown>> => {
    if (closed)
      return Promise.reject(
        new StoreError('The store has been closed; reload the page to continue.', 'unavailable'),
      );
    if (outdated) return Promise.reject(new StoreError(UPDATED_ELSEWHERE, 'blocked'));
    return connection ?? connect();
  };

  const begin = async <M extends 'readonly' | 'readwrite'>(mode: M) => {
    const db = await database();
    try {
      return db.transaction(TABLES, mode);
    } catch (e) {
      throw outdated ? new StoreError(UPDATED_ELSEWHERE, 'blocked') : toStoreError(e);
    }
  };

  const run = async <R>(mode: 'readonly' | 'readwrite', fn: (tx: StoreTx) => Promise<R>): Promise<R> => {
    const tx = await begin(mode);
    // idb's tx.done also rejects on a request's bubbling 'error' event, before tx.error is set;
    // listening for 'abort' gives the real cause (ConstraintError, QuotaExceededError at commit…).
    tx.done.catch(() => undefined);
    const done = new Promise<void>((resolve, reject) => {
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('abort', () =>
        reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError')),
      );
    });
    // Observed below, or deliberately dropped when fn's own error wins.
    done.catch(() => undefined);
    let result: R;
    try {
      result = await fn(makeTx(tx));
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // The transaction already finished (fn awaited something else and it auto-committed).
      }
      throw e;
    }
    try {
      await done;
    } catch (e) {
      throw toStoreError(e);
    }
    return result;
  };

  await connect();

  return {
    kind: 'indexeddb',
    fallbackReason: null,
    read: (fn) => run('readonly', fn),
    write: (fn) => run('readwrite', fn),
    close: () => {
      closed = true;
      const current = connection;
      connection = null;
      void current?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}
