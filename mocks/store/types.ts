import type { Publication, ReviewRecord } from '../../src/contract/reviews';

/**
 * The backend's persistence port. The domain layer (mocks/domain) talks only to
 * these interfaces; adapters (IndexedDB in the browser, memory in Node tests)
 * implement them. Nothing here knows about msw or IndexedDB.
 */

export type UserRole = 'reader' | 'author' | 'moderator';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  joinedAt: string;
}

/** Who wrote a comment, as decided by the backend (never sent by the client). */
export type CommentAuthorRecord = { kind: 'guest'; name: string } | { kind: 'user'; userId: string };

export interface CommentRecord {
  id: string;
  reviewId: string;
  /** null for a top-level comment. */
  parentId: string | null;
  /**
   * Same as parentId but '' for top level: IndexedDB cannot index null, and the
   * compound index [reviewId, parentKey] serves "children of X" in one range.
   */
  parentKey: string;
  /** 1-based number in the review's discussion, in order of posting. */
  number: number;
  /** 0 for top level. */
  depth: number;
  author: CommentAuthorRecord;
  /** Markdown source, kept exactly as typed (after control-character stripping). */
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  /** Client-generated id: the idempotency key of the post that created it. */
  clientId: string;
  /** Direct replies that are not deleted. */
  replyCount: number;
  /** Replies below at any depth that are not deleted (a deleted comment is listed while this is > 0). */
  descendantCount: number;
  /**
   * For a guest's comment: the opaque per-browser token it was posted with,
   * which makes that browser its owner (edit, delete). Never leaves the backend.
   */
  guestToken?: string;
  /** Set while a moderator hides it (a placeholder for everyone but moderators and its author). */
  hiddenAt?: string | null;
  /** The moderator who hid it. */
  hiddenBy?: string | null;
}

export type ReviewRow = ReviewRecord & {
  /** Denormalised count of visible comments, kept true by every write. */
  commentCount: number;
  /** Highest comment number handed out for this review (numbers are never reused). */
  lastCommentNumber: number;
};

/** A password hash. Iterations are stored so they can be raised later (re-hashed at next sign-in). */
export interface CredentialRecord {
  userId: string;
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64, 16 random bytes per user. */
  salt: string;
  /** Base64 of the derived key. */
  hash: string;
  updatedAt: string;
}

export interface SessionRecord {
  /** Hex SHA-256 of the session token: the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  remember: boolean;
}

export interface SubscriptionRecord {
  id: string;
  userId: string;
  kind: 'thread' | 'subthread';
  reviewId: string;
  /** The followed comment for 'subthread'; '' for 'thread' (IndexedDB cannot index null). */
  commentId: string;
  createdAt: string;
}

/**
 * What became of a notification's email: 'none' (the person wants none),
 * 'immediate' (queued in the outbox at fan-out), 'digest-pending' (waits for
 * the next digest), then 'digest-sent' or 'digest-skipped' (comment gone, or
 * emails turned off meanwhile).
 */
export type NotificationEmailState =
  'none' | 'immediate' | 'digest-pending' | 'digest-sent' | 'digest-skipped';

export interface NotificationRecord {
  id: string;
  userId: string;
  kind: 'thread' | 'subthread' | 'reply';
  commentId: string;
  reviewId: string;
  /** The subscription that matched, or null for a reply to one's own comment. */
  subscriptionId: string | null;
  createdAt: string;
  /** 0 or 1: IndexedDB cannot index booleans. */
  read: 0 | 1;
  email: NotificationEmailState;
}

/**
 * A simulated email. Fan-out and the digest builder queue it inside their
 * write transaction; the mailer then renders and signs it (Web Crypto is
 * async, which an IndexedDB transaction cannot wait for) and marks it sent,
 * or dropped when every comment it was about has gone meanwhile.
 */
export interface OutboxRecord {
  id: string;
  userId: string;
  kind: 'immediate' | 'digest';
  status: 'queued' | 'sent' | 'dropped';
  createdAt: string;
  notificationIds: string[];
  /** What its unsubscribe link stops: a subscription id, 'replies' or 'email'. */
  unsubscribe: string;
  to: string;
  /** Set when sent. */
  sentAt?: string;
  subject?: string;
  text?: string;
  html?: string;
  unsubscribeUrl?: string;
}

/** Recent failed sign-ins for one username (lower-cased), for throttling. */
export interface SignInAttemptRecord {
  username: string;
  /** ISO times of failures in the current window, oldest first. */
  failures: string[];
  lockedUntil: string | null;
}

/** Per-user preferences; a user without a record has the defaults. */
export interface SettingsRecord {
  userId: string;
  notifyOnReplies: boolean;
  emailFrequency: 'immediately' | 'daily' | 'off';
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Every table the store holds, with its record type. */
export interface Tables {
  publications: Publication;
  reviews: ReviewRow;
  users: UserRecord;
  comments: CommentRecord;
  meta: MetaRecord;
  credentials: CredentialRecord;
  sessions: SessionRecord;
  subscriptions: SubscriptionRecord;
  notifications: NotificationRecord;
  outbox: OutboxRecord;
  signInAttempts: SignInAttemptRecord;
  settings: SettingsRecord;
}
export type TableName = keyof Tables;

/** Secondary indexes, by table. Values are the index key (a compound key is an array). */
export interface Indexes {
  publications: never;
  reviews: { bySlug: string };
  users: { byUsername: string };
  comments: {
    byReview: string;
    /** [reviewId, parentKey] */
    byParent: [string, string];
    byClientId: string;
    /** author.userId; guests' comments are not in it. */
    byAuthor: string;
    /** [reviewId, parentKey, number]: children of one parent in posting order (oldest / newest pages). */
    byParentNumber: [string, string, number];
    /**
     * [reviewId, parentKey, descendantCount, number]: children by how many replies they hold
     * (the "replies" sort, which walks it one descendantCount at a time).
     */
    byParentDescendants: [string, string, number, number];
    /**
     * [reviewId, parentKey, descendantCount, deletedAt]: deleted comments only (a null deletedAt
     * is not a key, so live comments are left out). The prefix [reviewId, parentKey, 0] counts the
     * children that are no longer listed, without reading them.
     */
    byParentDeleted: [string, string, number, string];
  };
  meta: never;
  credentials: never;
  sessions: { byUser: string };
  subscriptions: {
    byUser: string;
    byReview: string;
    byComment: string;
    /** [userId, reviewId, commentId]: one subscription per person and target. */
    byTarget: [string, string, string];
  };
  notifications: {
    byUser: string;
    /** [userId, read] */
    byUserRead: [string, number];
    byComment: string;
    /** [userId, commentId]: one notification per person per comment. */
    byUserComment: [string, string];
    byEmail: NotificationEmailState;
  };
  outbox: { byUser: string; byStatus: OutboxRecord['status'] };
  signInAttempts: never;
  settings: never;
}

/**
 * Primary keys: `slug` for publications, `key` for meta, `userId` for the
 * per-user credentials and settings, `username` for signInAttempts, `id` elsewhere.
 */
export const PRIMARY_KEYS = {
  publications: 'slug',
  reviews: 'id',
  users: 'id',
  comments: 'id',
  meta: 'key',
  credentials: 'userId',
  sessions: 'id',
  subscriptions: 'id',
  notifications: 'id',
  outbox: 'id',
  signInAttempts: 'username',
  settings: 'userId',
} as const satisfies { [T in TableName]: keyof Tables[T] & string };

/** The leading components of a compound key: [], [a], [a, b] … up to the whole key. */
export type KeyPrefix<K> = K extends readonly [...infer Head, unknown] ? K | KeyPrefix<Head> : K;

/** The indexes of a table whose keys are arrays: those that range reads by prefix apply to. */
export type CompoundIndexName<T extends TableName> = {
  [I in keyof Indexes[T] & string]: Indexes[T][I] extends readonly unknown[] ? I : never;
}[keyof Indexes[T] & string];

/**
 * A bounded read of one compound index, in index order (key, then primary key), as IndexedDB
 * orders it: keys compare component by component, numbers before strings, and a shorter key
 * before every longer one it begins.
 */
export interface IndexPageQuery<K> {
  /** Only keys that begin with these components. */
  prefix: KeyPrefix<K>;
  /**
   * Keyset cursor: only keys strictly after this one in the read's direction. It must begin
   * with `prefix`. It may be a prefix itself: going 'prev' from [a, b, 3] skips every key
   * beginning [a, b, 3] (all of them sort after it), going 'next' from it includes them.
   */
  after?: KeyPrefix<K>;
  /** 'next' (ascending, the default) or 'prev' (descending). */
  direction?: 'next' | 'prev';
  /** At most this many records; all of them when absent. */
  limit?: number;
}

/**
 * Operations inside one transaction. Within a write transaction the adapter
 * guarantees all-or-nothing and isolation from other tabs; callers must not
 * await anything but these operations inside it (IndexedDB auto-commits a
 * transaction that goes idle).
 */
export interface StoreTx {
  get<T extends TableName>(table: T, key: string): Promise<Tables[T] | undefined>;
  getAll<T extends TableName>(table: T): Promise<Tables[T][]>;
  getByIndex<T extends TableName, I extends keyof Indexes[T] & string>(
    table: T,
    index: I,
    key: Indexes[T][I],
  ): Promise<Tables[T] | undefined>;
  getAllByIndex<T extends TableName, I extends keyof Indexes[T] & string>(
    table: T,
    index: I,
    key: Indexes[T][I],
  ): Promise<Tables[T][]>;
  countByIndex<T extends TableName, I extends keyof Indexes[T] & string>(
    table: T,
    index: I,
    key: Indexes[T][I],
  ): Promise<number>;
  /**
   * One page of a compound index's range, reading only the records it returns (a page of a
   * 10,000-comment thread costs what a page of a 10-comment one does). See IndexPageQuery.
   */
  getPageByIndex<T extends TableName, I extends CompoundIndexName<T>>(
    table: T,
    index: I,
    query: IndexPageQuery<Indexes[T][I]>,
  ): Promise<Tables[T][]>;
  /** How many records a compound index holds under a key prefix, without reading them. */
  countByIndexPrefix<T extends TableName, I extends CompoundIndexName<T>>(
    table: T,
    index: I,
    prefix: KeyPrefix<Indexes[T][I]>,
  ): Promise<number>;
  put<T extends TableName>(table: T, value: Tables[T]): Promise<void>;
  delete<T extends TableName>(table: T, key: string): Promise<void>;
  clear(table: TableName): Promise<void>;
}

export type StoreKind = 'indexeddb' | 'memory';

export interface Store {
  readonly kind: StoreKind;
  /** Why the store is not the persistent one, when it fell back to memory. */
  readonly fallbackReason: string | null;
  read<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R>;
  write<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R>;
  close(): void;
}

/**
 * A storage failure the handlers turn into a problem with a clear message
 * (mocks/http.ts): 'quota' 507, 'blocked' / 'unavailable' 503, 'constraint' 409
 * (a unique index such as comments.byClientId already holds the key), 'unknown'
 * 503 with Retry-After: a store failure we cannot classify (an aborted
 * transaction, say) is most likely passing trouble of the browser's storage, so
 * the client is invited to retry. A 500 is for bugs (errors that are not
 * StoreErrors).
 */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'blocked' | 'unavailable' | 'constraint' | 'unknown',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
