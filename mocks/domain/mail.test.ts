import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory';
import type { Store } from '../store/types';
import { fixtureContent } from '../testing/fixture';
import type { Actor } from './comments';
import { seedIfEmpty } from './demo';
import { DomainError } from './errors';
import {
  applyUnsubscribe,
  ensureUnsubscribeSecret,
  importUnsubscribeKey,
  renderEmail,
  signUnsubscribeToken,
  verifyUnsubscribeToken,
  type EmailDraft,
} from './mail';
import { follow } from './subscriptions';

const T0 = new Date('2026-04-01T08:00:00.000Z');
const reader: Actor = { kind: 'user', userId: 'u-reader', role: 'reader' };

let store: Store;
let key: CryptoKey;
beforeEach(async () => {
  store = createMemoryStore();
  await store.write((tx) => seedIfEmpty(tx, fixtureContent));
  key = await importUnsubscribeKey(await store.write(ensureUnsubscribeSecret));
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.code}` : String(e)),
  );

describe('unsubscribe tokens', () => {
  it('keeps its secret across calls and verifies only what it signed', async () => {
    const secret = await store.write(ensureUnsubscribeSecret);
    expect(await store.write(ensureUnsubscribeSecret)).toBe(secret);
    const token = await signUnsubscribeToken(key, { subject: 's-123', userId: 'u-reader' });
    expect(await verifyUnsubscribeToken(key, token)).toEqual({ subject: 's-123', userId: 'u-reader' });
  });

  it('refuses a tampered, truncated, foreign or malformed token with 400 invalid-unsubscribe-token', async () => {
    const token = await signUnsubscribeToken(key, { subject: 's-123', userId: 'u-reader' });
    const [body = '', signature = ''] = token.split('.');
    // Same signature, payload naming someone else's subscription.
    const forgedBody = btoa(JSON.stringify({ s: 's-999', u: 'u-critic' })).replace(/=+$/, '');
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    // Same bytes, different spelling: the unused low bits of the last character.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const lastIndex = alphabet.indexOf(signature.at(-1) ?? 'A');
    const respelled = `${signature.slice(0, -1)}${alphabet[lastIndex ^ 1] ?? ''}`;
    const otherInstall = await importUnsubscribeKey(btoa('another install, another secret!'));
    for (const bad of [
      `${forgedBody}.${signature}`,
      `${body}.${flipped}`,
      `${body}.${respelled}`,
      body,
      `${body}.${signature}.extra`,
      '%%%.***',
      await signUnsubscribeToken(otherInstall, { subject: 's-123', userId: 'u-reader' }),
    ]) {
      expect(await codeOf(verifyUnsubscribeToken(key, bad)), bad).toBe('400 invalid-unsubscribe-token');
    }
    expect(await codeOf(verifyUnsubscribeToken(null, token))).toBe('400 invalid-unsubscribe-token');
  });

  it('stops exactly the subscription it names, and says 410 already-unsubscribed when used again', async () => {
    const { thread, sub } = await store.write(async (tx) => ({
      thread: (await follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0)).subscription,
      sub: (await follow(tx, reader, { kind: 'thread', reviewSlug: 'moon-beta' }, T0)).subscription,
    }));
    const token = await signUnsubscribeToken(key, { subject: thread.id, userId: 'u-reader' });
    const payload = await verifyUnsubscribeToken(key, token);
    const result = await store.write((tx) => applyUnsubscribe(tx, payload));
    expect(result).toEqual({
      scope: 'thread',
      message: expect.stringContaining('Her, and the voice') as string,
    });
    const left = await store.read((tx) => tx.getAllByIndex('subscriptions', 'byUser', 'u-reader'));
    expect(left.map((s) => s.id)).toEqual([sub.id]);
    expect(await codeOf(store.write((tx) => applyUnsubscribe(tx, payload)))).toBe('410 already-unsubscribed');
  });

  it('"replies" turns reply notifications off and "email" turns email off, each once', async () => {
    const replies = { subject: 'replies', userId: 'u-reader' };
    expect(await store.write((tx) => applyUnsubscribe(tx, replies))).toMatchObject({ scope: 'replies' });
    expect(await codeOf(store.write((tx) => applyUnsubscribe(tx, replies)))).toBe('410 already-unsubscribed');
    const email = { subject: 'email', userId: 'u-reader' };
    expect(await store.write((tx) => applyUnsubscribe(tx, email))).toMatchObject({ scope: 'email' });
    expect(await store.read((tx) => tx.get('settings', 'u-reader'))).toEqual({
      userId: 'u-reader',
      notifyOnReplies: false,
      emailFrequency: 'off',
    });
    expect(await codeOf(store.write((tx) => applyUnsubscribe(tx, email)))).toBe('410 already-unsubscribed');
  });
});

describe('renderEmail', () => {
  const draft: EmailDraft = {
    outboxId: 'e-1',
    userId: 'u-reader',
    kind: 'immediate',
    to: '"Rory" <reader@screening-room.example>',
    recipientName: 'Rory <Reader>',
    unsubscribe: 'replies',
    items: [
      {
        reason: 'reply',
        actorName: '<img src=x onerror=alert(1)>',
        reviewTitle: 'Her & "Him"',
        commentNumber: 7,
        excerpt: '</blockquote><script>alert(1)</script> [spoiler]',
        link: '/reviews/her?comment=c-1#comment-c-1',
      },
    ],
  };

  it('escapes every piece of user text in the HTML and links the permalink and the unsubscribe page', () => {
    const email = renderEmail(draft, '/unsubscribe?token=abc.def');
    expect(email.subject).toBe('<img src=x onerror=alert(1)> replied to your comment on “Her & "Him"”');
    expect(email.html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Rory &lt;Reader&gt;');
    expect(email.html).toContain('Her &amp; &quot;Him&quot;');
    expect(email.html).toContain('<a href="/reviews/her?comment=c-1#comment-c-1">');
    expect(email.html).toContain('<a href="/unsubscribe?token=abc.def">Unsubscribe</a>');
    expect(email.text).toContain('Read it: /reviews/her?comment=c-1#comment-c-1');
    expect(email.text).toContain('/unsubscribe?token=abc.def');
  });

  it('a digest lists every item under one subject', () => {
    const first = draft.items[0];
    if (!first) throw new Error('fixture');
    const second = { ...first, reason: 'thread' as const, commentNumber: 8, actorName: 'Ana', excerpt: 'Hi' };
    const digest = renderEmail({ ...draft, kind: 'digest', items: [first, second] }, '/unsubscribe?token=t');
    expect(digest.subject).toBe('Your daily digest: 2 new comments in discussions you follow');
    expect(digest.text).toContain('comment #7');
    expect(digest.text).toContain('comment #8');
  });
});
