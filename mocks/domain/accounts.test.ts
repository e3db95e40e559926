import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBodySchema, settingsUpdateSchema, type AuthResponse } from '../../src/contract/accounts';
import { createMemoryStore } from '../store/memory';
import type { SignInAttemptRecord, Store } from '../store/types';
import { FIXTURE_PASSWORD, fixtureContentWithPasswords } from '../testing/fixture';
import {
  PBKDF2_ITERATIONS,
  SIGN_IN_THROTTLE,
  beginPasswordChange,
  beginSignIn,
  checkPasswordChange,
  checkSignInPassword,
  finishSignIn,
  getSettings,
  hashPassword,
  needsRehash,
  newSessionToken,
  prepareRegistration,
  readCredentials,
  register,
  resolveRequester,
  sessionState,
  signInRetryAfterMs,
  updateSettings,
  verifyPassword,
  withFailure,
} from './accounts';
import type { Actor } from './comments';
import { seedIfEmpty, type DemoContent } from './demo';
import { DomainError } from './errors';

// Real PBKDF2 at 210,000 iterations: about 50 ms a hash, many times that on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const T0 = new Date('2026-03-01T09:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('password hashing', () => {
  it('uses PBKDF2-SHA256 with at least 210,000 iterations and a 16-byte salt per hash', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(210_000);
    expect(atob(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('correct horse');
  });

  it('verifies the right password only, and flags weaker hashes for an upgrade', async () => {
    const weak = await hashPassword('correct horse', { iterations: 1000 });
    expect(await verifyPassword('correct horse', weak)).toBe(true);
    expect(await verifyPassword('correct hors', weak)).toBe(false);
    expect(await verifyPassword('Correct horse', weak)).toBe(false);
    expect(await verifyPassword('correct horse', { ...weak, hash: weak.hash.replace(/^./, 'A') })).toBe(
      weak.hash.startsWith('A'),
    );
    expect(await verifyPassword('correct horse', { ...weak, algorithm: 'MD5' as 'PBKDF2-SHA256' })).toBe(
      false,
    );
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('x', { iterations: PBKDF2_ITERATIONS }))).toBe(false);
  });
});

describe('registration rules (contract)', () => {
  const errorsOf = (input: unknown) => {
    const result = registerBodySchema.safeParse(input);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('lower-cases usernames and accepts a sound password', () => {
    const ok = registerBodySchema.parse({
      username: ' Ada_L ',
      displayName: 'Ada',
      password: 'a long passphrase',
    });
    expect(ok).toMatchObject({ username: 'ada_l', remember: false });
  });

  it('refuses short, common, one-character and username-equal passwords, and bad usernames, with messages', () => {
    expect(errorsOf({ username: 'ada', displayName: 'Ada', password: 'short' }).password).toMatch(
      /at least 10/,
    );
    expect(errorsOf({ username: 'ada', displayName: 'Ada', password: 'Password123' }).password).toMatch(
      /common/,
    );
    expect(errorsOf({ username: 'ada', displayName: 'Ada', password: 'aaaaaaaaaaaa' }).password).toMatch(
      /repeated/,
    );
    expect(
      errorsOf({ username: 'adalovelace', displayName: 'Ada', password: 'AdaLovelace' }).password,
    ).toMatch(/same as your username/);
    expect(errorsOf({ username: 'ada', displayName: 'Ada', password: 'x'.repeat(129) }).password).toMatch(
      /too long/,
    );
    expect(errorsOf({ username: 'a', displayName: 'Ada', password: 'a long passphrase' }).username).toMatch(
      /at least 3/,
    );
    expect(
      errorsOf({ username: 'ada lovelace', displayName: 'Ada', password: 'a long passphrase' }).username,
    ).toMatch(/letters/);
    expect(
      errorsOf({ username: 'ada', displayName: '\u0007', password: 'a long passphrase' }).displayName,
    ).toMatch(/empty/);
  });

  it('a password change needs both the current and the new password', () => {
    expect(settingsUpdateSchema.safeParse({ newPassword: 'a long passphrase' }).success).toBe(false);
    expect(settingsUpdateSchema.safeParse({ currentPassword: 'x' }).success).toBe(false);
    expect(settingsUpdateSchema.safeParse({ emailFrequency: 'daily' }).success).toBe(true);
  });
});

describe('throttling (pure)', () => {
  const failures = (count: number, spacingMs = SECOND): SignInAttemptRecord => {
    let record: SignInAttemptRecord | undefined;
    for (let i = 0; i < count; i++) record = withFailure(record, 'ada', at(i * spacingMs));
    if (!record) throw new Error('no failures');
    return record;
  };

  it('lets the first five failures through, then makes each attempt wait longer', () => {
    expect(signInRetryAfterMs(failures(4), at(4 * SECOND))).toBe(0);
    const five = failures(5);
    expect(signInRetryAfterMs(five, at(4 * SECOND))).toBe(SIGN_IN_THROTTLE.firstDelayMs);
    expect(signInRetryAfterMs(five, at(4 * SECOND + SIGN_IN_THROTTLE.firstDelayMs))).toBe(0);
    const six = failures(6, 20 * SECOND);
    expect(signInRetryAfterMs(six, at(5 * 20 * SECOND))).toBe(2 * SIGN_IN_THROTTLE.firstDelayMs);
  });

  it('locks for 15 minutes at the tenth failure, then starts afresh', () => {
    const ten = failures(10, 90 * SECOND);
    const tenthAt = 9 * 90 * SECOND;
    expect(ten.lockedUntil).toBe(at(tenthAt + 15 * MINUTE).toISOString());
    expect(signInRetryAfterMs(ten, at(tenthAt))).toBe(15 * MINUTE);
    expect(signInRetryAfterMs(ten, at(tenthAt + 15 * MINUTE))).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const five = failures(5);
    expect(signInRetryAfterMs(five, at(16 * MINUTE))).toBe(0);
  });
});

// ------------------------------------------------------------- flows

let content: () => DemoContent;
let store: Store;
beforeAll(async () => {
  content = await fixtureContentWithPasswords();
});
beforeEach(async () => {
  store = createMemoryStore();
  await store.write((tx) => seedIfEmpty(tx, content));
});

async function signIn(
  username: string,
  password: string,
  now: Date,
  remember = false,
): Promise<AuthResponse> {
  const candidate = await store.read((tx) => beginSignIn(tx, username, now));
  const [check, token] = await Promise.all([checkSignInPassword(candidate, password), newSessionToken()]);
  const outcome = await store.write((tx) => finishSignIn(tx, candidate, check, token, remember, now));
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.code}` : String(e)),
  );

describe('sign-in and sessions', () => {
  it('opens a 12-hour session, or 30 days when remembered, and stores only a hash of the token', async () => {
    const short = await signIn('reader', FIXTURE_PASSWORD, T0);
    expect(short.expiresAt).toBe(at(12 * HOUR).toISOString());
    expect(short.user).toMatchObject({ username: 'reader', role: 'reader' });
    const long = await signIn('READER', FIXTURE_PASSWORD, T0, true);
    expect(long.expiresAt).toBe(at(30 * 24 * HOUR).toISOString());
    const sessions = await store.read((tx) => tx.getAllByIndex('sessions', 'byUser', 'u-reader'));
    expect(sessions).toHaveLength(2);
    expect(JSON.stringify(sessions)).not.toContain(short.token);
  });

  it('resolves a live token to the user; an expired one is a 401 on writes and a guest on reads', async () => {
    const { token } = await signIn('reader', FIXTURE_PASSWORD, T0);
    const creds = await readCredentials(`Bearer ${token}`, 'guest-token-0123456789');
    const live = await store.read((tx) => resolveRequester(tx, creds, at(11 * HOUR), 'write'));
    expect(live.actor).toEqual({ kind: 'user', userId: 'u-reader', role: 'reader' });

    const late = at(12 * HOUR);
    expect(await statusOf(store.read((tx) => resolveRequester(tx, creds, late, 'write')))).toBe(
      '401 session-expired',
    );
    const read = await store.read((tx) => resolveRequester(tx, creds, late, 'read'));
    expect(read.actor).toEqual({ kind: 'guest', guestName: null, guestToken: 'guest-token-0123456789' });
    expect(await store.read((tx) => sessionState(tx, creds, late))).toEqual({ session: null, expired: true });

    const junk = await readCredentials('Bearer not a token', null);
    expect(await statusOf(store.read((tx) => resolveRequester(tx, junk, T0, 'write')))).toBe(
      '401 session-expired',
    );
    const none = await readCredentials(null, null);
    expect(await statusOf(store.read((tx) => resolveRequester(tx, none, T0, 'write')))).toBe('ok');
  });

  it('re-hashes a password stored with fewer iterations than today at the next sign-in', async () => {
    const weak = await hashPassword(FIXTURE_PASSWORD, { iterations: 1000 });
    await store.write((tx) =>
      tx.put('credentials', { userId: 'u-reader', ...weak, updatedAt: T0.toISOString() }),
    );
    await signIn('reader', FIXTURE_PASSWORD, T0);
    const stored = await store.read((tx) => tx.get('credentials', 'u-reader'));
    expect(stored?.iterations).toBe(PBKDF2_ITERATIONS);
    expect(stored && (await verifyPassword(FIXTURE_PASSWORD, stored))).toBe(true);
  });

  it('refuses a wrong password and an unknown username alike', async () => {
    expect(await statusOf(signIn('reader', 'not the password', T0))).toBe('401 invalid-credentials');
    expect(await statusOf(signIn('nobody', FIXTURE_PASSWORD, T0))).toBe('401 invalid-credentials');
  });

  it('after 5 failures delays, after 10 answers 429 with Retry-After for 15 minutes; a success resets', async () => {
    let t = 0;
    for (let i = 0; i < 5; i++) {
      expect(await statusOf(signIn('reader', 'wrong password', at(t)))).toBe('401 invalid-credentials');
      t += SECOND;
    }
    // The sixth attempt, too soon: refused before the password is even checked.
    const tooSoon = await signIn('reader', FIXTURE_PASSWORD, at(t)).catch((e: unknown) => e);
    expect(tooSoon).toMatchObject({ status: 429, code: 'too-many-sign-in-attempts', retryAfterSeconds: 4 });
    // Waiting it out lets the right password in, and clears the count.
    t += 5 * SECOND;
    await signIn('reader', FIXTURE_PASSWORD, at(t));
    expect(await store.read((tx) => tx.get('signInAttempts', 'reader'))).toBeUndefined();

    // Ten failures, each after the wait it asks for, lock the account.
    for (let i = 0; i < 10; i++) {
      t += 90 * SECOND;
      expect(await statusOf(signIn('reader', 'wrong password', at(t)))).toBe('401 invalid-credentials');
    }
    const locked = await signIn('reader', FIXTURE_PASSWORD, at(t + 10 * MINUTE)).catch((e: unknown) => e);
    expect(locked).toMatchObject({ status: 429, retryAfterSeconds: 5 * 60 });
    expect(await statusOf(signIn('reader', FIXTURE_PASSWORD, at(t + 15 * MINUTE)))).toBe('ok');
  });
});

describe('registration', () => {
  it('creates a reader with a hashed password and signs it in; a taken username (any case) is a 409', async () => {
    const input = registerBodySchema.parse({
      username: 'Newbie',
      displayName: 'New Bie',
      password: 'a long passphrase',
    });
    const prepared = await prepareRegistration(input);
    const auth = await store.write((tx) => register(tx, prepared, T0));
    expect(auth.user).toMatchObject({ username: 'newbie', displayName: 'New Bie', role: 'reader' });
    const credential = await store.read((tx) => tx.get('credentials', auth.user.id));
    expect(credential && (await verifyPassword('a long passphrase', credential))).toBe(true);

    const again = await prepareRegistration(registerBodySchema.parse({ ...input, username: 'NEWBIE' }));
    const taken = await store.write((tx) => register(tx, again, T0)).catch((e: unknown) => e);
    expect(taken).toMatchObject({ status: 409, code: 'username-taken' });
    expect((taken as DomainError).fieldErrors?.username?.[0]).toMatch(/taken/);
  });
});

describe('settings', () => {
  const reader: Actor = { kind: 'user', userId: 'u-reader', role: 'reader' };
  const critic: Actor = { kind: 'user', userId: 'u-critic', role: 'author' };

  it('only you read or change your settings', async () => {
    expect(await store.read((tx) => getSettings(tx, reader, 'u-reader'))).toMatchObject({
      notifyOnReplies: true,
      emailFrequency: 'immediately',
      email: 'reader@screening-room.example',
    });
    expect(await statusOf(store.read((tx) => getSettings(tx, critic, 'u-reader')))).toBe('403 not-yours');
    const guest: Actor = { kind: 'guest', guestName: null, guestToken: '' };
    expect(await statusOf(store.read((tx) => getSettings(tx, guest, 'u-reader')))).toBe(
      '401 sign-in-required',
    );
    expect(
      await statusOf(
        store.write((tx) =>
          updateSettings(tx, critic, 'u-reader', { emailFrequency: 'off' }, null, null, T0),
        ),
      ),
    ).toBe('403 not-yours');
  });

  it('changes the password only with the right current one, and signs out the other sessions', async () => {
    const keep = await signIn('reader', FIXTURE_PASSWORD, T0);
    await signIn('reader', FIXTURE_PASSWORD, T0);
    const keepId = (await readCredentials(`Bearer ${keep.token}`, null)).sessionId;

    const start = await store.read((tx) => beginPasswordChange(tx, reader, 'u-reader', T0));
    const wrong = await checkPasswordChange(start, 'not it', 'brand new passphrase');
    const refused = await store.write((tx) =>
      updateSettings(tx, reader, 'u-reader', { displayName: 'Renamed' }, wrong, keepId, T0),
    );
    expect(refused.ok).toBe(false);
    expect(await store.read((tx) => tx.get('users', 'u-reader'))).toMatchObject({
      displayName: 'Rory Reader',
    });
    expect(await store.read((tx) => tx.get('signInAttempts', 'reader'))).toMatchObject({
      failures: [T0.toISOString()],
    });

    await expect(checkPasswordChange(start, FIXTURE_PASSWORD, 'reader')).rejects.toMatchObject({
      status: 400,
    });
    const right = await checkPasswordChange(start, FIXTURE_PASSWORD, 'brand new passphrase');
    const done = await store.write((tx) =>
      updateSettings(
        tx,
        reader,
        'u-reader',
        { displayName: 'Renamed', emailFrequency: 'daily' },
        right,
        keepId,
        T0,
      ),
    );
    expect(done).toMatchObject({ ok: true, value: { displayName: 'Renamed', emailFrequency: 'daily' } });
    const sessions = await store.read((tx) => tx.getAllByIndex('sessions', 'byUser', 'u-reader'));
    expect(sessions.map((s) => s.id)).toEqual([keepId]);
    expect(await statusOf(signIn('reader', 'brand new passphrase', T0))).toBe('ok');
    expect(await statusOf(signIn('reader', FIXTURE_PASSWORD, T0))).toBe('401 invalid-credentials');
  });
});
