/*
 * Opening the database as the page starts. The backend's chunk (msw, zod, the handlers) takes
 * tens of milliseconds to arrive and run, and only then did it ask for its IndexedDB
 * connection; the connection's round trip to the browser can run in that time instead.
 * src/main.tsx calls openDatabaseEarly() first thing and hands the result to the backend,
 * which takes the connection if it is usable (mocks/store/indexeddb.ts, `early`).
 *
 * Only a database that already exists at the current schema version is handed over, as
 * on every visit after the first. Creating or upgrading one is left to the backend, which
 * holds the migrations. So the request names no version: it opens whatever version is
 * there and never waits on another tab (only a version change can be blocked, and a
 * blocked request would hold up the backend's own open behind it); one at an older
 * version is closed at once, and one that does not exist yet is not created (its
 * upgrade is aborted).
 * No imports beyond constants, so it adds next to nothing to the first load.
 */

/** The schema version the migrations in indexeddb.ts produce (its test checks they agree). */
export const SCHEMA_VERSION = 3;
export const DEFAULT_DB_NAME = 'screening-room';

export interface EarlyDatabase {
  /**
   * The open connection, or null when there is none to hand over: no IndexedDB, a database
   * to create or upgrade, an error, or another tab asking for a newer schema before the
   * backend took it. Call once: the caller owns the connection from then on.
   */
  take(): Promise<IDBDatabase | null>;
}

const none: EarlyDatabase = { take: () => Promise.resolve(null) };

export function openDatabaseEarly(
  factory: IDBFactory | null | undefined = readGlobalIndexedDb(),
  name = DEFAULT_DB_NAME,
  version = SCHEMA_VERSION,
): EarlyDatabase {
  if (!factory) return none;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name);
  } catch {
    return none;
  }
  /** The connection to hand over, once the request has settled and while it is still usable. */
  let db: IDBDatabase | null = null;
  const settled = new Promise<void>((resolve) => {
    // The database does not exist: creating it is the backend's job. Abort, so it is not.
    // (The upgrade transaction is active in its own upgradeneeded event, so abort() cannot throw.)
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      // An aborted upgrade is an expected outcome, not an error for the console.
      event.preventDefault();
      resolve();
    };
    request.onsuccess = () => {
      const connection = request.result;
      if (connection.version === version) {
        db = connection;
        // Another tab wants a newer schema before the backend took this connection: let it go.
        connection.onversionchange = () => {
          connection.close();
          db = null;
        };
      } else {
        // Another schema version (older: the backend upgrades it): out of the backend's way.
        connection.close();
      }
      resolve();
    };
  });
  return {
    take: async () => {
      await settled;
      // Read after the wait: a versionchange may have closed it in the meantime.
      const connection = db;
      db = null;
      if (connection) connection.onversionchange = null;
      return connection;
    },
  };
}

/** Reading `indexedDB` itself throws SecurityError in some sandboxed or privacy contexts. */
export function readGlobalIndexedDb(): IDBFactory | null {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? null;
  } catch {
    return null;
  }
}
