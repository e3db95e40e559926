import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory';
import type { SettingsRecord, Store } from '../store/types';
import { fixtureContent } from '../testing/fixture';
import type { Actor } from './comments';
import { deleteComment, hideComment, postComment } from './comments';
import { seedIfEmpty } from './demo';
import { plainExcerpt } from './excerpt';
import {
  buildDigests,
  fanOut,
  listNotifications,
  markAllRead,
  markRead,
  recipientsFor,
  unreadCount,
  type FanOutFacts,
  type Follower,
} from './notifications';
import { follow } from './subscriptions';

type Prefs = Pick<SettingsRecord, 'notifyOnReplies' | 'emailFrequency'>;

function facts(over: Partial<FanOutFacts> = {}): FanOutFacts {
  return {
    threadFollowers: [],
    subthreadFollowersByAncestor: new Map(),
    parentAuthorUserId: null,
    settings: new Map(),
    ...over,
  };
}
const f = (userId: string, subscriptionId = `s-${userId}`): Follower => ({ userId, subscriptionId });

describe('recipientsFor', () => {
  // A reply by "carol" to comment c3, whose ancestors are c2 and then c1 (top level).
  const reply = { authorUserId: 'carol', ancestorIds: ['c3', 'c2', 'c1'] };

  it('gives one notification to someone who follows the thread and the sub-thread and wrote the parent, as a reply', () => {
    const out = recipientsFor(
      reply,
      facts({
        threadFollowers: [f('ann', 's-thread')],
        subthreadFollowersByAncestor: new Map([['c2', [f('ann', 's-sub')]]]),
        parentAuthorUserId: 'ann',
      }),
    );
    expect(out).toEqual([{ userId: 'ann', reason: 'reply', subscriptionId: null, email: 'immediately' }]);
  });

  it('prefers the sub-thread over the thread, naming the nearest followed ancestor', () => {
    const out = recipientsFor(
      reply,
      facts({
        threadFollowers: [f('bob', 's-thread')],
        subthreadFollowersByAncestor: new Map([
          ['c1', [f('bob', 's-far')]],
          ['c3', [f('bob', 's-near')]],
        ]),
      }),
    );
    expect(out).toEqual([
      { userId: 'bob', reason: 'subthread', subscriptionId: 's-near', email: 'immediately' },
    ]);
  });

  it('never notifies the commenter, whatever they follow or wrote', () => {
    const out = recipientsFor(
      reply,
      facts({
        threadFollowers: [f('carol')],
        subthreadFollowersByAncestor: new Map([['c3', [f('carol')]]]),
        parentAuthorUserId: 'carol',
      }),
    );
    expect(out).toEqual([]);
  });

  it('tells followers of deeper ancestors, but not followers of a sibling sub-thread', () => {
    const out = recipientsFor(
      reply,
      facts({
        subthreadFollowersByAncestor: new Map([
          ['c1', [f('root-fan')]],
          ['c2-sibling', [f('sibling-fan')]],
          ['c4-below', [f('child-fan')]],
        ]),
      }),
    );
    expect(out.map((r) => [r.userId, r.reason])).toEqual([['root-fan', 'subthread']]);
  });

  it('drops the reply reason when the parent author turned reply notifications off, but keeps what they follow', () => {
    const off: Prefs = { notifyOnReplies: false, emailFrequency: 'immediately' };
    expect(
      recipientsFor(reply, facts({ parentAuthorUserId: 'dan', settings: new Map([['dan', off]]) })),
    ).toEqual([]);
    const out = recipientsFor(
      reply,
      facts({ parentAuthorUserId: 'dan', threadFollowers: [f('dan')], settings: new Map([['dan', off]]) }),
    );
    expect(out).toEqual([{ userId: 'dan', reason: 'thread', subscriptionId: 's-dan', email: 'immediately' }]);
  });

  it('still notifies in the app when email is off, and carries each person’s email choice', () => {
    const out = recipientsFor(
      reply,
      facts({
        threadFollowers: [f('eve'), f('fay'), f('gus')],
        settings: new Map<string, Prefs>([
          ['eve', { notifyOnReplies: true, emailFrequency: 'off' }],
          ['fay', { notifyOnReplies: true, emailFrequency: 'daily' }],
        ]),
      }),
    );
    expect(out.map((r) => [r.userId, r.email])).toEqual([
      ['eve', 'off'],
      ['fay', 'daily'],
      ['gus', 'immediately'],
    ]);
  });

  it('a top-level comment has no parent author and reaches only thread followers', () => {
    const out = recipientsFor(
      { authorUserId: null, ancestorIds: [] },
      facts({
        threadFollowers: [f('ann')],
        parentAuthorUserId: 'bob',
        subthreadFollowersByAncestor: new Map([['c1', [f('cy')]]]),
      }),
    );
    expect(out.map((r) => r.userId)).toEqual(['ann']);
  });
});

describe('plainExcerpt', () => {
  it('hides spoilers before cutting, and strips markdown to plain text', () => {
    expect(plainExcerpt('The twist: ||Samantha leaves|| and **then** [this](https://x.test).')).toBe(
      'The twist: [spoiler] and then this.',
    );
    const long = `${'word '.repeat(40)}||the ending is a secret||`;
    const cut = plainExcerpt(long, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('ending');
    expect(plainExcerpt('a <b>tag</b> stays text')).toBe('a <b>tag</b> stays text');
  });
});

// ------------------------------------------------------- over the store

const T0 = new Date('2026-02-01T10:00:00.000Z');
const critic: Actor = { kind: 'user', userId: 'u-critic', role: 'author' };
const reader: Actor = { kind: 'user', userId: 'u-reader', role: 'reader' };
const mod: Actor = { kind: 'user', userId: 'u-mod', role: 'moderator' };
const guest: Actor = { kind: 'guest', guestName: 'Gil', guestToken: 'guest-token-0123456789' };

let store: Store;
let n = 0;
beforeEach(async () => {
  store = createMemoryStore();
  await store.write((tx) => seedIfEmpty(tx, fixtureContent));
});

/** Posts one second after the previous post, and fans out as the POST handler does. */
async function post(actor: Actor, body: string, parentId: string | null = null) {
  const at = new Date(T0.getTime() + ++n * 1000);
  return store.write(async (tx) => {
    const { comment } = await postComment(
      tx,
      'her-alpha',
      { clientId: `client-${String(n).padStart(6, '0')}`, parentId, body, guestName: null },
      actor,
      at,
    );
    const record = await tx.get('comments', comment.id);
    if (!record) throw new Error('posted comment missing');
    return { comment, recipients: await fanOut(tx, record, at) };
  });
}

const setPrefs = (userId: string, prefs: Prefs) =>
  store.write((tx) => tx.put('settings', { userId, ...prefs }));

describe('fanOut and the inbox', () => {
  it('a reply to a comment by someone who also follows the thread and its sub-thread: one notification, one email', async () => {
    const root = await post(reader, 'Root by the reader');
    await store.write(async (tx) => {
      await follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0);
      await follow(
        tx,
        reader,
        { kind: 'subthread', reviewSlug: 'her-alpha', commentId: root.comment.id },
        T0,
      );
    });
    const answer = await post(critic, 'A reply by the critic', root.comment.id);
    expect(answer.recipients.map((r) => [r.userId, r.reason])).toEqual([['u-reader', 'reply']]);
    const { notifications, outbox } = await store.read(async (tx) => ({
      notifications: await tx.getAllByIndex('notifications', 'byUser', 'u-reader'),
      outbox: await tx.getAllByIndex('outbox', 'byUser', 'u-reader'),
    }));
    expect(notifications).toHaveLength(1);
    expect(outbox).toMatchObject([{ kind: 'immediate', status: 'queued', unsubscribe: 'replies' }]);
  });

  it('lists newest first with excerpt and permalink, hides deleted and hidden comments, and counts unread', async () => {
    await store.write((tx) => follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0));
    const first = await post(guest, 'First ||secret|| words');
    const second = await post(critic, 'Second');
    const third = await post(critic, 'Third');
    const page = await store.read((tx) => listNotifications(tx, reader, { limit: 20 }));
    expect(page.items.map((i) => i.commentId)).toEqual([third, second, first].map((p) => p.comment.id));
    const firstItem = page.items.find((i) => i.commentId === first.comment.id);
    expect(firstItem).toMatchObject({
      kind: 'thread',
      read: false,
      actorName: 'Gil',
      excerpt: 'First [spoiler] words',
      reviewSlug: 'her-alpha',
      link: `/reviews/her-alpha?comment=${first.comment.id}#comment-${first.comment.id}`,
    });
    expect(page.unreadCount).toBe(3);

    await store.write((tx) => deleteComment(tx, second.comment.id, critic, T0));
    await store.write((tx) => hideComment(tx, third.comment.id, mod, T0));
    const after = await store.read((tx) => listNotifications(tx, reader, { limit: 20 }));
    expect(after.items.map((i) => i.commentId)).toEqual([first.comment.id]);
    expect(await store.read((tx) => unreadCount(tx, reader))).toBe(1);

    const id = after.items[0]?.id ?? '';
    expect(await store.write((tx) => markRead(tx, reader, id))).toBe(0);
    await expect(store.write((tx) => markRead(tx, critic, id))).rejects.toMatchObject({ status: 403 });
    await expect(store.read((tx) => listNotifications(tx, guest, { limit: 20 }))).rejects.toMatchObject({
      status: 401,
      code: 'sign-in-required',
    });
    expect(await store.write((tx) => markAllRead(tx, reader))).toBe(0);
  });

  it('pages with a cursor without repeating or skipping', async () => {
    await store.write((tx) => follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0));
    for (let i = 0; i < 5; i++) await post(critic, `Comment ${i}`);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.read((tx) => listNotifications(tx, reader, { limit: 2, cursor }));
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe('buildDigests', () => {
  it('sends one digest per person with every pending item, skipping comments deleted before delivery', async () => {
    await setPrefs('u-reader', { notifyOnReplies: true, emailFrequency: 'daily' });
    await store.write((tx) => follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0));
    const kept = await post(critic, 'Stays');
    const gone = await post(critic, 'Will be deleted');
    const alsoKept = await post(guest, 'Also stays');
    expect(await store.read((tx) => tx.getAllByIndex('outbox', 'byUser', 'u-reader'))).toEqual([]);

    await store.write((tx) => deleteComment(tx, gone.comment.id, critic, T0));
    expect(await store.write((tx) => buildDigests(tx, T0))).toBe(1);

    const { outbox, notifications } = await store.read(async (tx) => ({
      outbox: await tx.getAllByIndex('outbox', 'byUser', 'u-reader'),
      notifications: await tx.getAllByIndex('notifications', 'byUser', 'u-reader'),
    }));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'digest', status: 'queued', unsubscribe: 'email' });
    const byComment = new Map(notifications.map((x) => [x.commentId, x]));
    expect(outbox[0]?.notificationIds).toEqual([
      byComment.get(kept.comment.id)?.id,
      byComment.get(alsoKept.comment.id)?.id,
    ]);
    expect(byComment.get(gone.comment.id)?.email).toBe('digest-skipped');
    // Nothing pending any more: a second run sends nothing.
    expect(await store.write((tx) => buildDigests(tx, T0))).toBe(0);
  });

  it('sends nothing to someone who switched email off meanwhile, and nothing when every comment is gone', async () => {
    await setPrefs('u-reader', { notifyOnReplies: true, emailFrequency: 'daily' });
    await setPrefs('u-mod', { notifyOnReplies: true, emailFrequency: 'daily' });
    await store.write(async (tx) => {
      await follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0);
      await follow(tx, mod, { kind: 'thread', reviewSlug: 'her-alpha' }, T0);
    });
    const only = await post(critic, 'Lonely');
    await setPrefs('u-reader', { notifyOnReplies: true, emailFrequency: 'off' });
    await store.write((tx) => deleteComment(tx, only.comment.id, critic, T0));
    expect(await store.write((tx) => buildDigests(tx, T0))).toBe(0);
    expect(await store.read((tx) => tx.getAllByIndex('outbox', 'byStatus', 'queued'))).toEqual([]);
  });
});
