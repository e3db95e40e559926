// idb checks values against the global IDB classes, so install fake-indexeddb's globals first.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Actor } from './domain/comments';
import { deleteComment, postComment } from './domain/comments';
import { seedIfEmpty } from './domain/demo';
import { listMailbox } from './domain/mail';
import { fanOut } from './domain/notifications';
import { follow } from './domain/subscriptions';
import { deliverQueuedEmails } from './mailer';
import { openIndexedDbStore } from './store/indexeddb';
import { createMemoryStore } from './store/memory';
import type { Store } from './store/types';
import { fixtureContent } from './testing/fixture';

const T0 = new Date('2026-06-01T12:00:00.000Z');
const reader: Actor = { kind: 'user', userId: 'u-reader', role: 'reader' };
const critic: Actor = { kind: 'user', userId: 'u-critic', role: 'author' };

async function postAndFanOut(store: Store, clientId: string, body: string) {
  return store.write(async (tx) => {
    const { comment } = await postComment(
      tx,
      'her-alpha',
      { clientId, parentId: null, body, guestName: null },
      critic,
      T0,
    );
    const record = await tx.get('comments', comment.id);
    if (record) await fanOut(tx, record, T0);
    return comment;
  });
}

// IndexedDB commits a transaction that waits on anything but its own requests; running the
// whole flow on it (fake-indexeddb behaves the same) shows no step hashes or signs inside one.
describe.each([
  ['memory', async () => createMemoryStore()],
  ['indexeddb', () => openIndexedDbStore({ indexedDB: new IDBFactory() })],
])('deliverQueuedEmails over %s', (_name, open: () => Promise<Store>) => {
  it('sends what fan-out queued, once, and drops an email whose comment was deleted before delivery', async () => {
    const store = await open();
    await store.write((tx) => seedIfEmpty(tx, fixtureContent));
    await store.write((tx) => follow(tx, reader, { kind: 'thread', reviewSlug: 'her-alpha' }, T0));

    await postAndFanOut(store, 'mailer-client-0001', 'Kept');
    const gone = await postAndFanOut(store, 'mailer-client-0002', 'Deleted before delivery');
    await store.write((tx) => deleteComment(tx, gone.id, critic, T0));

    expect(await deliverQueuedEmails(store, T0)).toBe(1);
    expect(await deliverQueuedEmails(store, T0)).toBe(0);
    const mailbox = await store.read(listMailbox);
    expect(mailbox).toHaveLength(1);
    expect(mailbox[0]?.text).toContain('Kept');
    expect(mailbox[0]?.unsubscribeUrl).toMatch(/^\/unsubscribe\?token=[\w-]+\.[\w-]+$/);
    const statuses = (await store.read((tx) => tx.getAll('outbox'))).map((e) => e.status).sort();
    expect(statuses).toEqual(['dropped', 'sent']);
    store.close();
  });
});
