import {
  PRIMARY_KEYS,
  StoreError,
  type Indexes,
  type Store,
  type StoreTx,
  type TableName,
  type Tables,
} from './types';
import { compareIndexKeys, pageBounds } from './keys';

type IndexKeyFn = (record: never) => unknown;
type IndexName<T extends TableName> = keyof Indexes[T] & string;
type Table = Map<string, unknown>;

/**
 * How each index derives its key from a record; shared with the IndexedDB schema. A key function
 * that answers undefined leaves the record out of that index, as IndexedDB does.
 */
export const INDEX_KEYS: {
  [T in TableName]: { [I in IndexName<T>]: (r: Tables[T]) => Indexes[T][I] | undefined };
} = {
  publications: {},
  reviews: { bySlug: (r) => r.slug },
  users: { byUsername: (r) => r.username },
  comments: {
    byReview: (r) => r.reviewId,
    byParent: (r) => [r.reviewId, r.parentKey],
    byClientId: (r) => r.clientId,
    byAuthor: (r) => (r.author.kind === 'user' ? r.author.userId : undefined),
    byParentNumber: (r) => [r.reviewId, r.parentKey, r.number],
    byParentDescendants: (r) => [r.reviewId, r.parentKey, r.descendantCount, r.number],
    byParentDeleted: (r) =>
      r.deletedAt === null ? undefined : [r.reviewId, r.parentKey, r.descendantCount, r.deletedAt],
  },
  meta: {},
  credentials: {},
  sessions: { byUser: (r) => r.userId },
  subscriptions: {
    byUser: (r) => r.userId,
    byReview: (r) => r.reviewId,
    byComment: (r) => r.commentId,
    byTarget: (r) => [r.userId, r.reviewId, r.commentId],
  },
  notifications: {
    byUser: (r) => r.userId,
    byUserRead: (r) => [r.userId, r.read],
    byComment: (r) => r.commentId,
    byUserComment: (r) => [r.userId, r.commentId],
    byEmail: (r) => r.email,
  },
  outbox: { byUser: (r) => r.userId, byStatus: (r) => r.status },
  signInAttempts: {},
  settings: {},
};

/**
 * Indexes that hold at most one record per key: a put that would give a second
 * record the same key fails the whole write with StoreError('constraint').
 * The memory adapter enforces this list; the IndexedDB schema declares the same
 * indexes `unique` (indexeddb.test.ts checks that the two agree).
 */
export const UNIQUE_INDEXES: { readonly [T in TableName]: readonly IndexName<T>[] } = {
  publications: [],
  reviews: ['bySlug'],
  users: ['byUsername'],
  comments: ['byClientId'],
  meta: [],
  credentials: [],
  sessions: [],
  subscriptions: ['byTarget'],
  notifications: ['byUserComment'],
  outbox: [],
  signInAttempts: [],
  settings: [],
};

const indexKeyFn = (table: TableName, index: string): IndexKeyFn => {
  const keyOf = (INDEX_KEYS[table] as Record<string, IndexKeyFn>)[index];
  if (!keyOf) throw new Error(`No index ${index} on ${table}`);
  return keyOf;
};

/** IndexedDB leaves a record out of an index when its index key is not a valid key. */
const isValidKey = (key: unknown): boolean =>
  typeof key === 'string' ||
  (typeof key === 'number' && !Number.isNaN(key)) ||
  (Array.isArray(key) && key.every(isValidKey));

/** Index keys as map keys; equal for keys IndexedDB considers equal (strings, numbers, arrays of them). */
const serialKey = (key: unknown): string => JSON.stringify(key);

const constraintError = (table: TableName, index: string) =>
  new StoreError(`A ${table} record with the same ${index.replace(/^by/, '')} already exists.`, 'constraint');

interface IndexEntry {
  key: unknown;
  row: unknown;
}
/**
 * Sorted rows and index lookups of a table map, built on first use. Committed
 * table maps are never mutated (a write swaps in a new map), so their entries
 * stay valid; a write transaction's private copy drops its entry on every change.
 */
interface TableCache {
  rows?: unknown[];
  indexes: Map<string, Map<string, unknown[]>>;
  /** Index entries in IndexedDB's index order: by key, then by primary key. */
  ordered: Map<string, IndexEntry[]>;
}
const caches = new WeakMap<Table, TableCache>();
const cacheOf = (t: Table): TableCache => {
  let c = caches.get(t);
  if (!c) caches.set(t, (c = { indexes: new Map(), ordered: new Map() }));
  return c;
};
/** Records in primary-key order, like IndexedDB's getAll. */
const sortedRows = (t: Table): unknown[] => {
  const c = cacheOf(t);
  c.rows ??= [...t.entries()].sort(([a], [b]) => compareIndexKeys(a, b)).map(([, v]) => v);
  return c.rows;
};
/** Records with the given index key, in primary-key order, like IDBIndex.getAll. */
const lookup = (t: Table, table: TableName, index: string, key: unknown): unknown[] => {
  const c = cacheOf(t);
  let idx = c.indexes.get(index);
  if (!idx) {
    const keyOf = indexKeyFn(table, index);
    idx = new Map();
    for (const row of sortedRows(t)) {
      const k = keyOf(row as never);
      if (!isValidKey(k)) continue;
      const s = serialKey(k);
      const bucket = idx.get(s);
      if (bucket) bucket.push(row);
      else idx.set(s, [row]);
    }
    c.indexes.set(index, idx);
  }
  return idx.get(serialKey(key)) ?? [];
};

const orderedIndex = (t: Table, table: TableName, index: string): IndexEntry[] => {
  const c = cacheOf(t);
  let entries = c.ordered.get(index);
  if (!entries) {
    const keyOf = indexKeyFn(table, index);
    entries = [];
    // sortedRows is in primary-key order and Array.prototype.sort is stable: ties keep it.
    for (const row of sortedRows(t)) {
      const key = keyOf(row as never);
      if (isValidKey(key)) entries.push({ key, row });
    }
    entries.sort((a, b) => compareIndexKeys(a.key, b.key));
    c.ordered.set(index, entries);
  }
  return entries;
};

/** The first position whose entry does not satisfy `before` (which holds for a leading run). */
const firstNotBefore = (entries: readonly IndexEntry[], before: (key: unknown) => boolean): number => {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const entry = entries[mid];
    if (entry && before(entry.key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Positions [start, end) of the entries of an ordered index within a page read's bounds. */
const entriesWithin = (
  entries: readonly IndexEntry[],
  prefix: readonly unknown[],
  after: readonly unknown[] | undefined,
  direction: 'next' | 'prev',
): [number, number] => {
  const bounds = pageBounds(prefix, after, direction);
  if (!bounds) return [0, 0];
  const start = firstNotBefore(entries, (key) => {
    const c = compareIndexKeys(key, bounds.lower);
    return c < 0 || (c === 0 && bounds.lowerOpen);
  });
  const end = firstNotBefore(entries, (key) => {
    const c = compareIndexKeys(key, bounds.upper);
    return c < 0 || (c === 0 && !bounds.upperOpen);
  });
  return [start, Math.max(start, end)];
};

/**
 * In-memory store for Node tests and for browsers where IndexedDB is
 * unavailable. Records are deep-copied in and out, as IndexedDB's structured
 * clone does, so a caller mutating a result cannot corrupt the store. Writes
 * are serialised and applied all-or-nothing, like an IndexedDB transaction;
 * reads see a snapshot of committed data. Results come in IndexedDB's order.
 */
export function createMemoryStore(fallbackReason: string | null = null): Store {
  const tables = new Map<TableName, Table>();
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const closedError = () =>
    new StoreError('The store has been closed; reload the page to continue.', 'unavailable');

  interface TxState {
    /** Committed tables as the transaction started (reads) or private copies (writes). */
    snapshot: Map<TableName, Table>;
    pending: Map<TableName, Table> | null;
    /** Unique-index key → primary key, per table and index, built on first put. */
    unique: Map<string, Map<string, string>>;
    failure: StoreError | undefined;
    finished: boolean;
  }

  const makeTx = (state: TxState): StoreTx => {
    const view = (name: TableName): Table => {
      const committed = state.snapshot.get(name) ?? new Map<string, unknown>();
      if (!state.pending) return committed;
      let t = state.pending.get(name);
      if (!t) state.pending.set(name, (t = new Map(committed)));
      return t;
    };
    const usable = () => {
      if (state.failure !== undefined) throw state.failure;
      if (state.finished) throw new Error('The transaction has already finished');
    };
    const writable = (op: string) => {
      usable();
      if (!state.pending) throw new Error(`${op} in a read transaction`);
    };
    const uniqueMap = (name: TableName, index: string): Map<string, string> => {
      const id = `${name}.${index}`;
      let m = state.unique.get(id);
      if (!m) {
        const keyOf = indexKeyFn(name, index);
        m = new Map();
        for (const [pk, row] of view(name)) {
          const k = keyOf(row as never);
          if (isValidKey(k)) m.set(serialKey(k), pk);
        }
        state.unique.set(id, m);
      }
      return m;
    };
    const unindex = (name: TableName, pk: string, row: unknown) => {
      for (const index of UNIQUE_INDEXES[name] as readonly string[]) {
        const m = uniqueMap(name, index);
        const s = serialKey(indexKeyFn(name, index)(row as never));
        if (m.get(s) === pk) m.delete(s);
      }
    };

    return {
      get: async (name, key) => {
        usable();
        return structuredClone(view(name).get(key)) as never;
      },
      getAll: async (name) => {
        usable();
        return structuredClone(sortedRows(view(name))) as never;
      },
      getByIndex: async (name, index, key) => {
        usable();
        return structuredClone(lookup(view(name), name, index, key)[0]) as never;
      },
      getAllByIndex: async (name, index, key) => {
        usable();
        return structuredClone(lookup(view(name), name, index, key)) as never;
      },
      countByIndex: async (name, index, key) => {
        usable();
        return lookup(view(name), name, index, key).length;
      },
      getPageByIndex: async (name, index, query) => {
        usable();
        const direction = query.direction ?? 'next';
        const prefix = query.prefix as readonly unknown[];
        const after = query.after as readonly unknown[] | undefined;
        const entries = orderedIndex(view(name), name, index);
        const [start, end] = entriesWithin(entries, prefix, after, direction);
        const take = Math.min(end - start, Math.max(0, query.limit ?? Infinity));
        const page =
          direction === 'next'
            ? entries.slice(start, start + take)
            : entries.slice(end - take, end).reverse();
        return structuredClone(page.map((e) => e.row)) as never;
      },
      countByIndexPrefix: async (name, index, prefix) => {
        usable();
        const [start, end] = entriesWithin(
          orderedIndex(view(name), name, index),
          prefix as readonly unknown[],
          undefined,
          'next',
        );
        return end - start;
      },
      put: async (name, value) => {
        writable('put');
        const pk = (value as Record<string, unknown>)[PRIMARY_KEYS[name]];
        if (typeof pk !== 'string') throw new Error(`Missing primary key on ${name}`);
        const copy = structuredClone(value);
        const t = view(name);
        const uniques = UNIQUE_INDEXES[name] as readonly string[];
        for (const index of uniques) {
          const k = indexKeyFn(name, index)(copy as never);
          const owner = isValidKey(k) ? uniqueMap(name, index).get(serialKey(k)) : undefined;
          if (owner !== undefined && owner !== pk) {
            // Like IndexedDB: a failed request dooms the whole transaction.
            state.failure = constraintError(name, index);
            throw state.failure;
          }
        }
        const old = t.get(pk);
        if (old !== undefined) unindex(name, pk, old);
        for (const index of uniques) {
          const k = indexKeyFn(name, index)(copy as never);
          if (isValidKey(k)) uniqueMap(name, index).set(serialKey(k), pk);
        }
        t.set(pk, copy);
        caches.delete(t);
      },
      delete: async (name, key) => {
        writable('delete');
        const t = view(name);
        const old = t.get(key);
        if (old === undefined) return;
        unindex(name, key, old);
        t.delete(key);
        caches.delete(t);
      },
      clear: async (name) => {
        writable('clear');
        const t = view(name);
        t.clear();
        caches.delete(t);
        for (const index of UNIQUE_INDEXES[name] as readonly string[])
          state.unique.delete(`${name}.${index}`);
      },
    };
  };

  const newState = (write: boolean): TxState => ({
    snapshot: new Map(tables),
    pending: write ? new Map() : null,
    unique: new Map(),
    failure: undefined,
    finished: false,
  });

  return {
    kind: 'memory',
    fallbackReason,
    read: async (fn) => {
      if (closed) throw closedError();
      const state = newState(false);
      try {
        return await fn(makeTx(state));
      } finally {
        state.finished = true;
      }
    },
    write: (fn) => {
      const run = queue.then(async () => {
        if (closed) throw closedError();
        const state = newState(true);
        try {
          const result = await fn(makeTx(state));
          if (state.failure !== undefined) throw state.failure;
          for (const [name, t] of state.pending ?? []) tables.set(name, t);
          return result;
        } finally {
          state.finished = true;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => {
      closed = true;
      tables.clear();
    },
  };
}
