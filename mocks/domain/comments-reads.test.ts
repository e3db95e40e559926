import { describe, expect, it } from 'vitest';
import {
  REPLIES_PRELOAD,
  THREAD_PRELOAD,
  type MoreReplies,
  type PreloadPolicy,
  type RepliesPage,
  type ThreadPage,
  type ThreadSort,
} from '../../src/contract/comments';
import { createPrng } from '../../src/contract/prng';
import { createMemoryStore } from '../store/memory';
import { fixtureReview } from '../testing/fixture';
import type { CommentRecord, ReviewRow, Store, StoreTx, UserRecord } from '../store/types';
import { encodeCursor, listReplies, listThread, loadAuthors, toApiComment, type Actor } from './comments';
import { getReviewRow } from './reviews';

/*
 * listThread and listReplies read a page by a bounded range of an index. These tests hold
 * them to the results of the straightforward way (read every child, filter, sort, slice),
 * kept here as the reference, and count the records a page reads.
 */

const NOW = new Date('2025-06-01T00:00:00.000Z');
const SORTS: ThreadSort[] = ['oldest', 'newest', 'replies'];
const reader: Actor = { kind: 'user', userId: 'u-reader', role: 'reader' };
const users: UserRecord[] = [
  {
    id: 'u-reader',
    username: 'reader',
    displayName: 'Rae',
    role: 'reader',
    joinedAt: '2020-01-01T00:00:00Z',
  },
  {
    id: 'u-critic',
    username: 'critic',
    displayName: 'Cora',
    role: 'author',
    joinedAt: '2020-01-01T00:00:00Z',
  },
];

function reviewRow(id: string, slug: string): ReviewRow {
  return fixtureReview({ id, slug, title: `Review ${slug}` });
}

interface ThreadSpec {
  reviewId: string;
  count: number;
  seed: number;
  /** Share of comments that start a new top-level comment. */
  topShare: number;
  deletedShare: number;
  /** Index of a comment that half of the later replies go under, when set. */
  hotParent?: number;
}

/**
 * Comment records with every counter true: replyCount and descendantCount count live
 * comments, deleted ones keep their place (and are listed while a live reply is below).
 */
function buildThread(spec: ThreadSpec): CommentRecord[] {
  const rand = createPrng(spec.seed);
  const parent: number[] = [];
  const deleted: boolean[] = [];
  for (let i = 0; i < spec.count; i++) {
    const top = i === 0 || rand() < spec.topShare;
    const hot = spec.hotParent !== undefined && i > spec.hotParent && rand() < 0.5;
    parent.push(top ? -1 : hot ? (spec.hotParent ?? -1) : Math.floor(rand() * i));
    deleted.push(rand() < spec.deletedShare);
  }
  const replies = new Array<number>(spec.count).fill(0);
  const below = new Array<number>(spec.count).fill(0);
  for (let i = spec.count - 1; i >= 0; i--) {
    const p = parent[i] ?? -1;
    if (p === -1) continue;
    const live = deleted[i] ? 0 : 1;
    replies[p] = (replies[p] ?? 0) + live;
    below[p] = (below[p] ?? 0) + live + (below[i] ?? 0);
  }
  const depth: number[] = [];
  return parent.map((p, i) => {
    depth.push(p === -1 ? 0 : (depth[p] ?? 0) + 1);
    const id = `${spec.reviewId}-c${i + 1}`;
    const parentId = p === -1 ? null : `${spec.reviewId}-c${p + 1}`;
    return {
      id,
      reviewId: spec.reviewId,
      parentId,
      parentKey: parentId ?? '',
      number: i + 1,
      depth: depth[i] ?? 0,
      author: i % 3 === 0 ? { kind: 'user', userId: 'u-reader' } : { kind: 'guest', name: `Guest ${i % 7}` },
      body: deleted[i] ? '' : `Comment ${i + 1}`,
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      editedAt: null,
      deletedAt: deleted[i] ? new Date(Date.UTC(2025, 2, 1) + i * 60_000).toISOString() : null,
      clientId: `client-${id}`,
      replyCount: replies[i] ?? 0,
      descendantCount: below[i] ?? 0,
      ...(i % 11 === 5 ? { hiddenAt: '2025-04-01T00:00:00.000Z', hiddenBy: 'u-mod' } : {}),
    };
  });
}

async function storeWith(threads: { review: ReviewRow; comments: CommentRecord[] }[]): Promise<Store> {
  const store = createMemoryStore();
  await store.write(async (tx) => {
    const puts: Promise<void>[] = users.map((u) => tx.put('users', u));
    for (const { review, comments } of threads) {
      puts.push(
        tx.put('reviews', {
          ...review,
          commentCount: comments.filter((c) => c.deletedAt === null).length,
          lastCommentNumber: comments.length,
        }),
      );
      for (const c of comments) puts.push(tx.put('comments', c));
    }
    await Promise.all(puts);
  });
  return store;
}

// ------------------------------------------------------------- the reference: read all, sort

const isListed = (r: CommentRecord) => r.deletedAt === null || r.descendantCount > 0;
const COMPARE: Record<ThreadSort, (a: CommentRecord, b: CommentRecord) => number> = {
  oldest: (a, b) => a.number - b.number,
  newest: (a, b) => b.number - a.number,
  replies: (a, b) => b.descendantCount - a.descendantCount || a.number - b.number,
};

async function allListedChildren(tx: StoreTx, reviewId: string, parentKey: string): Promise<CommentRecord[]> {
  const rows = await tx.getAllByIndex('comments', 'byParent', [reviewId, parentKey]);
  return rows.filter(isListed).sort(COMPARE.oldest);
}

/** The sort key a cursor carries, read back as the old code did. */
function cursorKey(cursor: string, sort: ThreadSort): { number: number; descendantCount: number } {
  const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Array.isArray(parsed) || parsed[0] !== sort) throw new Error('bad cursor in test');
  const values = parsed.slice(1).map(Number);
  return sort === 'replies'
    ? { descendantCount: values[0] ?? 0, number: values[1] ?? 0 }
    : { descendantCount: 0, number: values[0] ?? 0 };
}

function pageOf(
  sorted: readonly CommentRecord[],
  sort: ThreadSort,
  cursor: string | undefined,
  limit: number,
) {
  const compare = (a: CommentRecord, b: { number: number; descendantCount: number }) =>
    COMPARE[sort](a, b as CommentRecord);
  const after = cursor === undefined ? null : cursorKey(cursor, sort);
  const start = after === null ? 0 : sorted.findIndex((r) => compare(r, after) > 0);
  if (start === -1) return { rows: [], nextCursor: null };
  const rows = sorted.slice(start, start + limit);
  const last = rows.at(-1);
  const more = start + rows.length < sorted.length;
  return { rows, nextCursor: more && last ? encodeCursor(sort, last) : null };
}

async function referencePreload(
  tx: StoreTx,
  reviewId: string,
  roots: readonly CommentRecord[],
  policy: PreloadPolicy,
): Promise<{ records: CommentRecord[]; moreReplies: MoreReplies }> {
  const fetched = new Map<string, CommentRecord[]>();
  const loaded = new Map<string, CommentRecord[]>();
  let budget = policy.maxItems - roots.length;
  let frontier: readonly CommentRecord[] = roots;
  for (let level = 1; level <= policy.depth && budget > 0 && frontier.length > 0; level++) {
    const parents = frontier.filter((p) => p.descendantCount > 0).slice(0, budget);
    const lists = await Promise.all(parents.map((p) => allListedChildren(tx, reviewId, p.id)));
    const next: CommentRecord[] = [];
    parents.forEach((parent, i) => {
      const all = lists[i] ?? [];
      const take = all.slice(0, Math.max(0, Math.min(policy.perParent, budget)));
      budget -= take.length;
      fetched.set(parent.id, all);
      loaded.set(parent.id, take);
      next.push(...take);
    });
    frontier = next;
  }
  const records: CommentRecord[] = [];
  const moreReplies: MoreReplies = {};
  const visit = (record: CommentRecord) => {
    records.push(record);
    const children = loaded.get(record.id) ?? [];
    for (const child of children) visit(child);
    const all = fetched.get(record.id);
    if (all === undefined) {
      if (record.descendantCount > 0)
        moreReplies[record.id] = { cursor: null, remaining: record.descendantCount };
      return;
    }
    const rest = all.slice(children.length);
    if (rest.length === 0) return;
    const last = children.at(-1);
    moreReplies[record.id] = {
      cursor: last ? encodeCursor('oldest', last) : null,
      remaining: rest.reduce((n, c) => n + (c.deletedAt === null ? 1 : 0) + c.descendantCount, 0),
    };
  };
  for (const root of roots) visit(root);
  return { records, moreReplies };
}

async function views(tx: StoreTx, records: readonly CommentRecord[], review: ReviewRow) {
  const ctx = {
    reviewAuthorUserId: review.author.userId,
    users: await loadAuthors(tx, records),
    actor: reader,
    now: NOW,
  };
  return records.map((r) => toApiComment(r, ctx));
}

async function referenceThread(
  tx: StoreTx,
  slug: string,
  sort: ThreadSort,
  cursor: string | undefined,
  limit: number,
): Promise<ThreadPage> {
  const review = await getReviewRow(tx, slug);
  const top = await allListedChildren(tx, review.id, '');
  top.sort(COMPARE[sort]);
  const { rows, nextCursor } = pageOf(top, sort, cursor, limit);
  const { records, moreReplies } = await referencePreload(tx, review.id, rows, THREAD_PRELOAD);
  return {
    reviewId: review.id,
    reviewSlug: review.slug,
    sort,
    items: await views(tx, records, review),
    moreReplies,
    nextCursor,
    total: top.length,
    commentCount: review.commentCount,
    reviewCommentsOpen: review.commentsOpen,
  };
}

async function referenceReplies(
  tx: StoreTx,
  parentId: string,
  cursor: string | undefined,
  limit: number,
): Promise<RepliesPage> {
  const parent = await tx.get('comments', parentId);
  if (!parent) throw new Error('no parent');
  const review = await tx.get('reviews', parent.reviewId);
  if (!review) throw new Error('no review');
  const children = await allListedChildren(tx, parent.reviewId, parent.id);
  const { rows, nextCursor } = pageOf(children, 'oldest', cursor, limit);
  const { records, moreReplies } = await referencePreload(tx, parent.reviewId, rows, REPLIES_PRELOAD);
  return {
    parentId,
    items: await views(tx, records, review),
    moreReplies,
    nextCursor,
    total: children.length,
  };
}

// -------------------------------------------------------------------------- counting reads

/** Runs `fn` in a read transaction whose comment reads are counted (records handed back). */
async function countingRead<R>(
  store: Store,
  fn: (tx: StoreTx) => Promise<R>,
): Promise<{ result: R; read: number }> {
  let read = 0;
  const tally = (table: string, rows: number) => {
    if (table === 'comments') read += rows;
  };
  const result = await store.read((tx) =>
    fn({
      ...tx,
      get: async (table, key) => {
        const row = await tx.get(table, key);
        tally(table, row === undefined ? 0 : 1);
        return row;
      },
      getAll: async (table) => {
        const rows = await tx.getAll(table);
        tally(table, rows.length);
        return rows;
      },
      getByIndex: async (table, index, key) => {
        const row = await tx.getByIndex(table, index, key);
        tally(table, row === undefined ? 0 : 1);
        return row;
      },
      getAllByIndex: async (table, index, key) => {
        const rows = await tx.getAllByIndex(table, index, key);
        tally(table, rows.length);
        return rows;
      },
      getPageByIndex: async (table, index, query) => {
        const rows = await tx.getPageByIndex(table, index, query);
        tally(table, rows.length);
        return rows;
      },
    }),
  );
  return { result, read };
}

// ---------------------------------------------------------------------------------- tests

describe('listThread and listReplies against the read-everything reference', () => {
  const specs: ThreadSpec[] = [
    { reviewId: 'r-a', count: 400, seed: 1, topShare: 0.3, deletedShare: 0.15 },
    { reviewId: 'r-b', count: 300, seed: 2, topShare: 0.1, deletedShare: 0.3, hotParent: 1 },
    { reviewId: 'r-c', count: 60, seed: 3, topShare: 0.6, deletedShare: 0.5 },
  ];

  it('answers every page of every sort and every replies page exactly as the reference does', async () => {
    const store = await storeWith(
      specs.map((spec) => ({
        review: reviewRow(spec.reviewId, `slug-${spec.reviewId}`),
        comments: buildThread(spec),
      })),
    );
    for (const spec of specs) {
      const slug = `slug-${spec.reviewId}`;
      for (const sort of SORTS) {
        for (const limit of [1, 7, 20]) {
          let cursor: string | undefined;
          let pages = 0;
          do {
            const [got, want] = await store.read(async (tx) => [
              await listThread(tx, slug, { sort, cursor, limit }, reader, NOW),
              await referenceThread(tx, slug, sort, cursor, limit),
            ]);
            expect(got, `${slug} ${sort} limit ${limit} page ${pages}`).toEqual(want);
            cursor = got.nextCursor ?? undefined;
            pages++;
          } while (cursor !== undefined && pages < 500);
          expect(cursor).toBeUndefined();
        }
      }
      const parents = buildThread(spec).filter((c) => isListed(c) && c.descendantCount > 0);
      expect(parents.length).toBeGreaterThan(3);
      for (const parent of parents) {
        for (const limit of [2, 10]) {
          let cursor: string | undefined;
          do {
            const [got, want] = await store.read(async (tx) => [
              await listReplies(tx, parent.id, { cursor, limit }, reader, NOW),
              await referenceReplies(tx, parent.id, cursor, limit),
            ]);
            expect(got, `${parent.id} limit ${limit}`).toEqual(want);
            cursor = got.nextCursor ?? undefined;
          } while (cursor !== undefined);
        }
      }
    }
  });

  it('keeps keyset semantics when the thread changes under a cursor (reply counts moved, comments gone)', async () => {
    const spec = specs[0];
    if (!spec) throw new Error('no spec');
    const comments = buildThread(spec);
    const store = await storeWith([{ review: reviewRow(spec.reviewId, 'slug-r-a'), comments }]);
    const cursors = await store.read(async (tx) => {
      const out: Partial<Record<ThreadSort, string>> = {};
      for (const sort of SORTS) {
        const page = await listThread(tx, 'slug-r-a', { sort, limit: 5 }, reader, NOW);
        if (page.nextCursor) out[sort] = page.nextCursor;
      }
      return out;
    });
    // Shuffle reply counts and delete a few comments without replies, as later writes would.
    await store.write(async (tx) => {
      for (const c of comments.filter((r) => r.parentId === null).slice(0, 40)) {
        const moved = { ...c, descendantCount: (c.descendantCount * 7 + c.number) % 6 };
        if (c.number % 5 === 0 && moved.descendantCount === 0) moved.deletedAt = '2025-05-01T00:00:00.000Z';
        await tx.put('comments', moved);
      }
    });
    for (const sort of SORTS) {
      const cursor = cursors[sort];
      expect(cursor, sort).toBeDefined();
      const [got, want] = await store.read(async (tx) => [
        await listThread(tx, 'slug-r-a', { sort, cursor, limit: 9 }, reader, NOW),
        await referenceThread(tx, 'slug-r-a', sort, cursor, 9),
      ]);
      // Preloaded replies use counters this rewrite left inconsistent: compare the page itself.
      const top = (p: ThreadPage) => ({
        ids: p.items.filter((c) => c.parentId === null).map((c) => c.id),
        nextCursor: p.nextCursor,
        total: p.total,
      });
      expect(top(got), sort).toEqual(top(want));
    }
  });
});

describe('a page is a bounded read, not a scan of the thread', () => {
  it('a page of a 3,000-comment flat thread reads the page and one more, in every sort', async () => {
    const comments = buildThread({ reviewId: 'r-flat', count: 3000, seed: 7, topShare: 1, deletedShare: 0 });
    const store = await storeWith([{ review: reviewRow('r-flat', 'flat'), comments }]);
    for (const sort of SORTS) {
      const first = await countingRead(store, (tx) =>
        listThread(tx, 'flat', { sort, limit: 20 }, reader, NOW),
      );
      expect(first.result.items).toHaveLength(20);
      expect(first.result.total).toBe(3000);
      // The page, one more to know a next page exists, and for 'replies' one read to find its first group.
      expect(first.read, sort).toBeLessThanOrEqual(20 + 2);
      const cursor = first.result.nextCursor ?? undefined;
      const second = await countingRead(store, (tx) =>
        listThread(tx, 'flat', { sort, cursor, limit: 20 }, reader, NOW),
      );
      expect(second.result.items).toHaveLength(20);
      expect(second.read, sort).toBeLessThanOrEqual(20 + 2);
    }
  });

  it('a page of a deep thread reads what it shows and its preload policy allows, however many replies the roots hold', async () => {
    // 3,000 comments: about 900 top-level, one comment holding about a thousand direct replies.
    const comments = buildThread({
      reviewId: 'r-deep',
      count: 3000,
      seed: 9,
      topShare: 0.3,
      deletedShare: 0.05,
      hotParent: 1,
    });
    const store = await storeWith([{ review: reviewRow('r-deep', 'deep'), comments }]);
    const hot = comments[1];
    expect(hot?.replyCount).toBeGreaterThan(500);

    // Per level, each parent reads at most perParent + 1 children (plus deleted ones it skips).
    const bound = (policy: PreloadPolicy, limit: number) => limit + 2 + (policy.maxItems - limit) * 2 + 20;
    for (const sort of SORTS) {
      const { result, read } = await countingRead(store, (tx) =>
        listThread(tx, 'deep', { sort, limit: 20 }, reader, NOW),
      );
      // The newest comments have no replies yet; the oldest and the most answered preload theirs.
      if (sort !== 'newest') expect(result.items.length, sort).toBeGreaterThan(100);
      expect(read, sort).toBeLessThanOrEqual(bound(THREAD_PRELOAD, 20));
      expect(read, sort).toBeLessThan(result.total);
    }
    const replies = await countingRead(store, (tx) =>
      listReplies(tx, hot?.id ?? '', { limit: 20 }, reader, NOW),
    );
    expect(replies.result.total).toBeGreaterThan(500);
    // The parent itself is one read.
    expect(replies.read).toBeLessThanOrEqual(1 + bound(REPLIES_PRELOAD, 20));
  });
});
