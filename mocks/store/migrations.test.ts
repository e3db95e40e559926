// idb checks values against the global IDB classes, so install fake-indexeddb's globals first.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ThreadSort } from '../../src/contract/comments';
import { listReplies, listThread, type Actor } from '../domain/comments';
import { MIGRATIONS, openIndexedDbStore } from './indexeddb';
import { createMemoryStore } from './memory';
import { comment, ids, review, user } from './store-suite';
import type { CommentRecord, Store } from './types';

const NOW = new Date('2025-06-01T00:00:00.000Z');
const reader: Actor = { kind: 'user', userId: 'u1', role: 'reader' };

/**
 * A discussion as a v2 browser holds it: c1 with replies (one deleted, one deleted with a live
 * reply below), a deleted top-level comment without replies (not listed), a busy c7.
 */
function discussion(): CommentRecord[] {
  const deleted = { deletedAt: '2024-02-01T00:00:00.000Z', body: '' };
  return [
    comment('c1', 'r1', null, { number: 1, replyCount: 1, descendantCount: 2 }),
    comment('c2', 'r1', 'c1', { number: 2, ...deleted, replyCount: 1, descendantCount: 1 }),
    comment('c3', 'r1', 'c2', { number: 3, depth: 2 }),
    comment('c4', 'r1', 'c1', { number: 4, ...deleted }),
    comment('c5', 'r1', 'c1', { number: 5 }),
    comment('c6', 'r1', null, { number: 6, ...deleted }),
    comment('c7', 'r1', null, { number: 7, replyCount: 3, descendantCount: 3 }),
    comment('c8', 'r1', 'c7', { number: 8 }),
    comment('c9', 'r1', 'c7', { number: 9, author: { kind: 'user', userId: 'u1' } }),
    comment('c10', 'r1', 'c7', { number: 10 }),
    comment('c11', 'r1', null, { number: 11 }),
    comment('d1', 'r2', null, { number: 1 }),
  ];
}

async function fill(store: Store): Promise<void> {
  await store.write(async (tx) => {
    await tx.put('users', user('u1', 'ana'));
    await tx.put('reviews', review('r1', { commentCount: 8, lastCommentNumber: 11 }));
    await tx.put('reviews', review('r2', { commentCount: 1, lastCommentNumber: 1 }));
    for (const c of discussion()) await tx.put('comments', c);
  });
}

/** Every thread page (each sort, small pages) and every replies page, in order. */
async function everyPage(store: Store): Promise<unknown[]> {
  return store.read(async (tx) => {
    const pages: unknown[] = [];
    for (const sort of ['oldest', 'newest', 'replies'] satisfies ThreadSort[]) {
      let cursor: string | undefined;
      do {
        const page = await listThread(tx, 'slug-r1', { sort, cursor, limit: 2 }, reader, NOW);
        pages.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    }
    for (const parentId of ['c1', 'c2', 'c7']) {
      let cursor: string | undefined;
      do {
        const page = await listReplies(tx, parentId, { cursor, limit: 1 }, reader, NOW);
        pages.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    }
    return pages;
  });
}

describe('v3 migration: thread page indexes', () => {
  it('indexes the comments a v2 database already holds, and the threads read the same as before', async () => {
    const factory = new IDBFactory();
    const v2 = await openIndexedDbStore({
      indexedDB: factory,
      name: 'v2-to-v3',
      migrations: MIGRATIONS.slice(0, 2),
    });
    await fill(v2);
    v2.close();

    const v3 = await openIndexedDbStore({ indexedDB: factory, name: 'v2-to-v3' });
    expect(MIGRATIONS).toHaveLength(3);
    const indexed = await v3.read(async (tx) => ({
      top: ids(await tx.getPageByIndex('comments', 'byParentNumber', { prefix: ['r1', ''] })),
      mostReplies: ids(
        await tx.getPageByIndex('comments', 'byParentDescendants', { prefix: ['r1', ''], direction: 'prev' }),
      ),
      deleted: ids(await tx.getPageByIndex('comments', 'byParentDeleted', { prefix: ['r1'] })),
      unlistedTop: await tx.countByIndexPrefix('comments', 'byParentDeleted', ['r1', '', 0]),
    }));
    expect(indexed).toEqual({
      top: ['c1', 'c6', 'c7', 'c11'],
      mostReplies: ['c7', 'c1', 'c11', 'c6'],
      deleted: ['c6', 'c4', 'c2'],
      unlistedTop: 1,
    });

    // The same data in the memory adapter (which has no history) answers every page alike.
    const memory = createMemoryStore();
    await fill(memory);
    const [upgraded, reference] = [await everyPage(v3), await everyPage(memory)];
    expect(upgraded).toEqual(reference);
    // And the pages say what the data holds: c6 (deleted, no replies) is not listed.
    const firstOldest = upgraded[0] as { items: { id: string }[]; total: number };
    expect(firstOldest.total).toBe(3);
    expect(ids(firstOldest.items)).toEqual(['c1', 'c2', 'c3', 'c5', 'c7', 'c8', 'c9', 'c10']);
    v3.close();
  });
});
