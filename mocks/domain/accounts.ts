import {
  ACCOUNT_PROBLEM_CODES as CODES,
  REMEMBERED_SESSION_DAYS,
  SESSION_HOURS,
  SESSION_SCHEME,
  passwordProblems,
  type AuthResponse,
  type ProfileQuery,
  type Profile,
  type PublicUser,
  type RegisterBody,
  type Session,
  type SessionState,
  type Settings,
  type SettingsUpdate,
} from '../../src/contract/accounts';
import { commentPermalink } from '../../src/contract/notifications';
import type {
  CredentialRecord,
  SessionRecord,
  SettingsRecord,
  SignInAttemptRecord,
  StoreTx,
  UserRecord,
} from '../store/types';
import type { Actor } from './comments';
import { DomainError } from './errors';
import {
  base64ToBytes,
  bytesToBase64,
  bytesToBase64Url,
  bytesToHex,
  randomBytes,
  randomId,
  timingSafeEqual,
  utf8,
} from './encoding';
import { plainExcerpt } from './excerpt';
import { pageNewestFirst } from './paging';

/*
 * Accounts over the store: password hashing, registration, sign-in with
 * throttling, sessions, settings and profiles.
 *
 * Hashing is slow on purpose and Web Crypto is asynchronous, while an
 * IndexedDB transaction commits as soon as it waits for anything else. So the
 * flows come in steps: read what is needed (a read transaction), hash outside
 * any transaction, then write (a write transaction), e.g.
 *   prepareRegistration(input) → register(tx, prepared, now)
 *   beginSignIn(tx, …) → checkSignInPassword(…) → finishSignIn(tx, …)
 * A step that must remember a failure (a wrong password counts towards the
 * throttle) returns the failure instead of throwing, since throwing inside a
 * write transaction rolls it back; the handler throws it after the commit.
 */

// ---------------------------------------------------------------- passwords

export const PASSWORD_ALGORITHM = 'PBKDF2-SHA256';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Raise it freely: older hashes upgrade at sign-in. */
export const PBKDF2_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const KEY_BITS = 256;

export type PasswordHash = Pick<CredentialRecord, 'algorithm' | 'iterations' | 'salt' | 'hash'>;

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const material = await globalThis.crypto.subtle.importKey(
    'raw',
    utf8(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    KEY_BITS,
  );
  return new Uint8Array(bits);
}

/** A fresh hash with a random 16-byte salt. `salt` and `iterations` are for tests and the seed script. */
export async function hashPassword(
  password: string,
  opts: { iterations?: number; salt?: Uint8Array<ArrayBuffer> } = {},
): Promise<PasswordHash> {
  const salt = opts.salt ?? randomBytes(SALT_BYTES);
  const iterations = opts.iterations ?? PBKDF2_ITERATIONS;
  const hash = await derive(password, salt, iterations);
  return { algorithm: PASSWORD_ALGORITHM, iterations, salt: bytesToBase64(salt), hash: bytesToBase64(hash) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (stored.algorithm !== PASSWORD_ALGORITHM) return false;
  let salt: Uint8Array<ArrayBuffer>;
  let expected: Uint8Array;
  try {
    salt = base64ToBytes(stored.salt);
    expected = base64ToBytes(stored.hash);
  } catch {
    return false;
  }
  return timingSafeEqual(await derive(password, salt, stored.iterations), expected);
}

export function needsRehash(stored: PasswordHash): boolean {
  return stored.algorithm !== PASSWORD_ALGORITHM || stored.iterations < PBKDF2_ITERATIONS;
}

/**
 * Checked when the username does not exist, so that an unknown username takes
 * as long to refuse as a wrong password. Matches no password (its hash is not
 * a derived key).
 */
const DUMMY_HASH: PasswordHash = {
  algorithm: PASSWORD_ALGORITHM,
  iterations: PBKDF2_ITERATIONS,
  salt: 'c2NyZWVuaW5nLXJvb20tZHU=',
  hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
};

// ----------------------------------------------------------------- sessions

export interface SessionToken {
  /** Handed to the client once; never stored. */
  token: string;
  /** Hex SHA-256 of the token: the session's key in the store. */
  id: string;
}

export async function sessionIdOf(token: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', utf8(token));
  return bytesToHex(new Uint8Array(digest));
}

/** 32 random bytes, base64url. */
export async function newSessionToken(): Promise<SessionToken> {
  const token = bytesToBase64Url(randomBytes(32));
  return { token, id: await sessionIdOf(token) };
}

export function sessionExpiry(now: Date, remember: boolean): Date {
  const ms = remember ? REMEMBERED_SESSION_DAYS * 24 * 3_600_000 : SESSION_HOURS * 3_600_000;
  return new Date(now.getTime() + ms);
}

/** What a request says about who sends it, before looking anything up. */
export interface RequestCredentials {
  /** SHA-256 of the bearer token, or null when none (or a malformed one) was sent. */
  sessionId: string | null;
  /** An Authorization header was sent, valid or not. */
  sentToken: boolean;
  guestToken: string;
}

const BEARER = new RegExp(`^${SESSION_SCHEME}\\s+([A-Za-z0-9_-]{16,200})\\s*$`, 'i');

export async function readCredentials(
  authorization: string | null,
  guestToken: string | null,
): Promise<RequestCredentials> {
  const sentToken = authorization !== null && authorization.trim() !== '';
  const token = sentToken ? BEARER.exec(authorization)?.[1] : undefined;
  return {
    sessionId: token ? await sessionIdOf(token) : null,
    sentToken,
    guestToken: guestToken ?? '',
  };
}

export interface Requester {
  actor: Actor;
  /** The live session, when signed in. */
  session: SessionRecord | null;
  user: UserRecord | null;
}

const sessionExpired = () =>
  DomainError.unauthorized(
    'Signed out',
    'Your session has expired or was ended. Sign in again and try once more; what you typed is kept.',
    CODES.sessionExpired,
  );

async function liveSession(
  tx: StoreTx,
  sessionId: string | null,
  now: Date,
): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  if (sessionId === null) return null;
  const session = await tx.get('sessions', sessionId);
  if (!session || Date.parse(session.expiresAt) <= now.getTime()) return null;
  const user = await tx.get('users', session.userId);
  return user ? { session, user } : null;
}

/**
 * Who is asking. A live session makes a user actor; otherwise a guest with
 * the guest token. A token that is sent but unknown or expired is refused on
 * a write (401 `session-expired`, so the client keeps the draft and asks to
 * sign in again) and ignored on a read.
 */
export async function resolveRequester(
  tx: StoreTx,
  creds: RequestCredentials,
  now: Date,
  mode: 'read' | 'write',
): Promise<Requester> {
  const live = await liveSession(tx, creds.sessionId, now);
  if (live) {
    return {
      actor: { kind: 'user', userId: live.user.id, role: live.user.role },
      session: live.session,
      user: live.user,
    };
  }
  if (creds.sentToken && mode === 'write') throw sessionExpired();
  return {
    actor: { kind: 'guest', guestName: null, guestToken: creds.guestToken },
    session: null,
    user: null,
  };
}

export function publicUser(user: UserRecord): PublicUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    joinedAt: new Date(user.joinedAt).toISOString(),
  };
}

function sessionView(session: SessionRecord, user: UserRecord): Session {
  return { user: publicUser(user), expiresAt: session.expiresAt, remember: session.remember };
}

export async function sessionState(tx: StoreTx, creds: RequestCredentials, now: Date): Promise<SessionState> {
  const live = await liveSession(tx, creds.sessionId, now);
  if (live) return { session: sessionView(live.session, live.user), expired: false };
  return { session: null, expired: creds.sentToken };
}

function newSessionRecord(token: SessionToken, userId: string, remember: boolean, now: Date): SessionRecord {
  return {
    id: token.id,
    userId,
    createdAt: now.toISOString(),
    expiresAt: sessionExpiry(now, remember).toISOString(),
    remember,
  };
}

/** Ends the session the token names, if any. Idempotent. */
export async function signOut(tx: StoreTx, creds: RequestCredentials): Promise<void> {
  if (creds.sessionId !== null) await tx.delete('sessions', creds.sessionId);
}

// -------------------------------------------------------------- registration

export interface PreparedRegistration {
  userId: string;
  username: string;
  displayName: string;
  remember: boolean;
  password: PasswordHash;
  token: SessionToken;
}

/** The slow part of registering, done before the write transaction opens. */
export async function prepareRegistration(input: RegisterBody): Promise<PreparedRegistration> {
  const [password, token] = await Promise.all([hashPassword(input.password), newSessionToken()]);
  return {
    userId: randomId('u'),
    username: input.username,
    displayName: input.displayName,
    remember: input.remember,
    password,
    token,
  };
}

/** Creates a reader account and signs it in. 409 `username-taken` on `username`. */
export async function register(tx: StoreTx, p: PreparedRegistration, now: Date): Promise<AuthResponse> {
  if (await tx.getByIndex('users', 'byUsername', p.username)) {
    throw new DomainError({
      status: 409,
      title: 'Username taken',
      detail: `Someone already uses “${p.username}”. Choose another username.`,
      code: CODES.usernameTaken,
      fieldErrors: { username: [`“${p.username}” is taken. Choose another username.`] },
    });
  }
  const user: UserRecord = {
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    role: 'reader',
    joinedAt: now.toISOString(),
  };
  const session = newSessionRecord(p.token, user.id, p.remember, now);
  await Promise.all([
    tx.put('users', user),
    tx.put('credentials', { userId: user.id, ...p.password, updatedAt: now.toISOString() }),
    tx.put('sessions', session),
  ]);
  return { ...sessionView(session, user), token: p.token.token };
}

// ----------------------------------------------------------------- throttling

const MINUTE = 60_000;

/**
 * Failed sign-ins per username: the first 5 in 15 minutes are free; after
 * that each attempt must wait 5 s, 10 s, 20 s, 40 s, 80 s after the last
 * failure; the 10th failure locks the username for 15 minutes. A success
 * clears it all. Refused attempts do not count as failures.
 */
export const SIGN_IN_THROTTLE = {
  windowMs: 15 * MINUTE,
  freeFailures: 5,
  lockFailures: 10,
  lockMs: 15 * MINUTE,
  firstDelayMs: 5_000,
} as const;

function recentFailures(record: SignInAttemptRecord | undefined, now: Date): string[] {
  const since = now.getTime() - SIGN_IN_THROTTLE.windowMs;
  return (record?.failures ?? []).filter((t) => Date.parse(t) > since);
}

/** How long until this username may try again: 0 when it may now. */
export function signInRetryAfterMs(record: SignInAttemptRecord | undefined, now: Date): number {
  if (record?.lockedUntil) {
    const left = Date.parse(record.lockedUntil) - now.getTime();
    if (left > 0) return left;
  }
  const failures = recentFailures(record, now);
  const n = failures.length;
  if (n < SIGN_IN_THROTTLE.freeFailures || n >= SIGN_IN_THROTTLE.lockFailures) return 0;
  const last = Date.parse(failures.at(-1) ?? now.toISOString());
  const delay = SIGN_IN_THROTTLE.firstDelayMs * 2 ** (n - SIGN_IN_THROTTLE.freeFailures);
  return Math.max(0, last + delay - now.getTime());
}

/** The record after one more failure. */
export function withFailure(
  record: SignInAttemptRecord | undefined,
  username: string,
  now: Date,
): SignInAttemptRecord {
  const failures = [...recentFailures(record, now), now.toISOString()];
  const locked = failures.length >= SIGN_IN_THROTTLE.lockFailures;
  return {
    username,
    failures: locked ? [] : failures,
    lockedUntil: locked ? new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs).toISOString() : null,
  };
}

function throttled(retryAfterMs: number, locked: boolean): DomainError {
  const seconds = Math.ceil(retryAfterMs / 1000);
  const wait =
    seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  return DomainError.tooManyRequests(
    'Too many attempts',
    locked
      ? `Too many wrong passwords for this account, so signing in to it is paused. Try again in ${wait}.`
      : `Several wrong passwords in a row: wait ${wait} before trying again.`,
    seconds,
    CODES.tooManyAttempts,
  );
}

async function assertNotThrottled(tx: StoreTx, username: string, now: Date): Promise<void> {
  const record = await tx.get('signInAttempts', username);
  const wait = signInRetryAfterMs(record, now);
  if (wait > 0)
    throw throttled(wait, Boolean(record?.lockedUntil && Date.parse(record.lockedUntil) > now.getTime()));
}

async function recordFailure(tx: StoreTx, username: string, now: Date): Promise<SignInAttemptRecord> {
  const next = withFailure(await tx.get('signInAttempts', username), username, now);
  await tx.put('signInAttempts', next);
  return next;
}

// ------------------------------------------------------------------ sign-in

export interface SignInCandidate {
  username: string;
  user: UserRecord | null;
  credential: CredentialRecord | null;
}

/** Step 1 (read transaction): 429 if the username is throttled; otherwise what to check against. */
export async function beginSignIn(tx: StoreTx, name: string, now: Date): Promise<SignInCandidate> {
  const username = name.trim().toLowerCase();
  await assertNotThrottled(tx, username, now);
  const user = (await tx.getByIndex('users', 'byUsername', username)) ?? null;
  const credential = user ? ((await tx.get('credentials', user.id)) ?? null) : null;
  return { username, user, credential };
}

export interface PasswordCheck {
  ok: boolean;
  /** A stronger hash of the same password, when the stored one uses fewer iterations than today. */
  upgrade: PasswordHash | null;
}

/** Step 2 (no transaction): the slow comparison. An unknown username costs the same time. */
export async function checkSignInPassword(
  candidate: SignInCandidate,
  password: string,
): Promise<PasswordCheck> {
  const stored = candidate.credential ?? DUMMY_HASH;
  const ok = (await verifyPassword(password, stored)) && candidate.credential !== null;
  const upgrade = ok && needsRehash(stored) ? await hashPassword(password) : null;
  return { ok, upgrade };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/**
 * Step 3 (write transaction): a failure is recorded (and answered after the
 * commit: throw `outcome.error`); a success clears the failures and opens a session.
 */
export async function finishSignIn(
  tx: StoreTx,
  candidate: SignInCandidate,
  check: PasswordCheck,
  token: SessionToken,
  remember: boolean,
  now: Date,
): Promise<Outcome<AuthResponse>> {
  // Another tab may have failed meanwhile.
  await assertNotThrottled(tx, candidate.username, now);
  const user = candidate.user;
  if (!check.ok || !user) {
    const record = await recordFailure(tx, candidate.username, now);
    const wait = signInRetryAfterMs(record, now);
    return {
      ok: false,
      error: DomainError.unauthorized(
        'Wrong username or password',
        wait > 0
          ? `Check both and try again in ${Math.ceil(wait / 1000)} seconds (after several failures, sign-in slows down).`
          : 'Check both and try again. Usernames are not case-sensitive; passwords are.',
        CODES.invalidCredentials,
      ),
    };
  }
  const session = newSessionRecord(token, user.id, remember, now);
  const writes = [tx.put('sessions', session), tx.delete('signInAttempts', candidate.username)];
  if (check.upgrade) {
    writes.push(tx.put('credentials', { userId: user.id, ...check.upgrade, updatedAt: now.toISOString() }));
  }
  await Promise.all(writes);
  return { ok: true, value: { ...sessionView(session, user), token: token.token } };
}

// ------------------------------------------------------------------ settings

export const DEFAULT_SETTINGS: Omit<SettingsRecord, 'userId'> = {
  notifyOnReplies: true,
  emailFrequency: 'immediately',
};

export async function settingsOf(tx: StoreTx, userId: string): Promise<SettingsRecord> {
  return (await tx.get('settings', userId)) ?? { userId, ...DEFAULT_SETTINGS };
}

/** The simulated address a user's emails go to. */
export function emailAddressOf(user: Pick<UserRecord, 'username'>): string {
  return `${user.username}@screening-room.example`;
}

export function mailboxOf(user: Pick<UserRecord, 'username' | 'displayName'>): string {
  return `"${user.displayName.replace(/["\\]/g, '\\$&')}" <${emailAddressOf(user)}>`;
}

/** 401 with a sentence that offers sign-in, for guests asking for something only accounts have. */
export function requireSignedIn(actor: Actor, purpose: string): { userId: string } {
  if (actor.kind === 'user') return { userId: actor.userId };
  throw DomainError.unauthorized(
    'Sign in needed',
    `${purpose} Sign in, or create an account: it takes a username and a password.`,
    CODES.signInRequired,
  );
}

/** Only you read or change your own notifications, subscriptions and settings. */
export function requireSelf(actor: Actor, ownerId: string, what: string): void {
  const { userId } = requireSignedIn(actor, `Only signed-in people have ${what}.`);
  if (userId !== ownerId) {
    throw DomainError.forbidden('Not yours', `These are someone else’s ${what}.`, CODES.notYours);
  }
}

async function requireUser(tx: StoreTx, userId: string): Promise<UserRecord> {
  const user = await tx.get('users', userId);
  if (!user) throw DomainError.notFound('No such user', 'That account does not exist.', CODES.userNotFound);
  return user;
}

function settingsView(user: UserRecord, settings: SettingsRecord): Settings {
  return {
    username: user.username,
    displayName: user.displayName,
    email: emailAddressOf(user),
    notifyOnReplies: settings.notifyOnReplies,
    emailFrequency: settings.emailFrequency,
  };
}

export async function getSettings(tx: StoreTx, actor: Actor, userId: string): Promise<Settings> {
  requireSelf(actor, userId, 'settings');
  return settingsView(await requireUser(tx, userId), await settingsOf(tx, userId));
}

export interface PasswordChangeStart {
  username: string;
  credential: CredentialRecord | null;
}

/** Step 1 of a password change (read transaction): 403/401 unless it is you, 429 if throttled. */
export async function beginPasswordChange(
  tx: StoreTx,
  actor: Actor,
  userId: string,
  now: Date,
): Promise<PasswordChangeStart> {
  requireSelf(actor, userId, 'settings');
  const user = await requireUser(tx, userId);
  await assertNotThrottled(tx, user.username, now);
  return { username: user.username, credential: (await tx.get('credentials', userId)) ?? null };
}

export interface PasswordChangeCheck {
  ok: boolean;
  /** The stored hash the check was made against: the write refuses if it changed meanwhile. */
  checkedHash: string | null;
  next: PasswordHash | null;
}

/** Step 2 (no transaction): verify the current password, hash the new one. 400 if the new one is weak. */
export async function checkPasswordChange(
  start: PasswordChangeStart,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChangeCheck> {
  const problems = passwordProblems(newPassword, start.username);
  if (problems.length > 0) {
    throw DomainError.badRequest('Weak password', problems[0], 'invalid-request', { newPassword: problems });
  }
  const ok =
    (await verifyPassword(currentPassword, start.credential ?? DUMMY_HASH)) && start.credential !== null;
  return {
    ok,
    checkedHash: start.credential?.hash ?? null,
    next: ok ? await hashPassword(newPassword) : null,
  };
}

/**
 * Step 3 (write transaction), or the only step without a password change.
 * A wrong current password is recorded towards the sign-in throttle and
 * changes nothing else. A new password signs out the account's other sessions.
 */
export async function updateSettings(
  tx: StoreTx,
  actor: Actor,
  userId: string,
  input: SettingsUpdate,
  change: PasswordChangeCheck | null,
  currentSessionId: string | null,
  now: Date,
): Promise<Outcome<Settings>> {
  requireSelf(actor, userId, 'settings');
  const user = await requireUser(tx, userId);
  if (change) {
    await assertNotThrottled(tx, user.username, now);
    if (!change.ok || !change.next) {
      await recordFailure(tx, user.username, now);
      return {
        ok: false,
        error: DomainError.unprocessable(
          'Wrong password',
          'Your current password was not right, so nothing was changed.',
          CODES.wrongPassword,
          { currentPassword: ['This is not your current password.'] },
        ),
      };
    }
    const stored = await tx.get('credentials', userId);
    if ((stored?.hash ?? null) !== change.checkedHash) {
      throw DomainError.conflict(
        'Password changed elsewhere',
        'Your password was changed in another tab meanwhile. Reload and try again.',
      );
    }
    await tx.put('credentials', { userId, ...change.next, updatedAt: now.toISOString() });
    await tx.delete('signInAttempts', user.username);
    const sessions = await tx.getAllByIndex('sessions', 'byUser', userId);
    await Promise.all(
      sessions.filter((s) => s.id !== currentSessionId).map((s) => tx.delete('sessions', s.id)),
    );
  }
  if (input.displayName !== undefined && input.displayName !== user.displayName) {
    user.displayName = input.displayName;
    await tx.put('users', user);
  }
  const settings = await settingsOf(tx, userId);
  if (input.notifyOnReplies !== undefined) settings.notifyOnReplies = input.notifyOnReplies;
  if (input.emailFrequency !== undefined) settings.emailFrequency = input.emailFrequency;
  if (input.notifyOnReplies !== undefined || input.emailFrequency !== undefined) {
    await tx.put('settings', settings);
  }
  return { ok: true, value: settingsView(user, settings) };
}

// ------------------------------------------------------------------- profile

/** A profile and the user's visible comments, newest first. Usernames match case-insensitively. */
export async function getProfile(tx: StoreTx, username: string, query: ProfileQuery): Promise<Profile> {
  const user = await tx.getByIndex('users', 'byUsername', username.trim().toLowerCase());
  if (!user) {
    throw DomainError.notFound(
      'No such user',
      `Nobody here has the username “${username}”.`,
      CODES.userNotFound,
    );
  }
  const visible = (await tx.getAllByIndex('comments', 'byAuthor', user.id)).filter(
    (c) => c.deletedAt === null && !c.hiddenAt,
  );
  const { items, nextCursor } = pageNewestFirst(
    visible,
    (c) => [c.createdAt, c.id],
    query.cursor,
    query.limit,
  );
  const reviews = new Map(
    (
      await Promise.all([...new Set(items.map((c) => c.reviewId))].map((id) => tx.get('reviews', id)))
    ).flatMap((r) => (r ? [[r.id, r] as const] : [])),
  );
  return {
    user: publicUser(user),
    commentCount: visible.length,
    comments: items.flatMap((c) => {
      const review = reviews.get(c.reviewId);
      if (!review) return [];
      return [
        {
          id: c.id,
          number: c.number,
          reviewSlug: review.slug,
          reviewTitle: review.title,
          excerpt: plainExcerpt(c.body),
          createdAt: c.createdAt,
          link: commentPermalink(review.slug, c.id),
        },
      ];
    }),
    nextCursor,
  };
}
