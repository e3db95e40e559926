import { describe, expect, it } from 'vitest';
import { makeComment, makeReply } from '../testing/make-comment';
import { buildThreadTree, pathTo, type CommentBatch } from './tree';

const page = (
  at: number,
  items: CommentBatch['items'],
  moreReplies: CommentBatch['moreReplies'] = {},
): CommentBatch => ({
  at,
  items,
  moreReplies,
  complete: true,
});

describe('buildThreadTree', () => {
  it('nests a pre-order page by parentId and keeps the page order of the top level', () => {
    const a = makeComment({ number: 3, replyCount: 1, descendantCount: 2 });
    const a1 = makeReply(a, { number: 4, replyCount: 1, descendantCount: 1 });
    const a11 = makeReply(a1, { number: 5 });
    const b = makeComment({ number: 1 });
    const tree = buildThreadTree({ pages: [page(1, [a, a1, a11, b])] });
    expect(tree.roots.map((n) => n.comment.number)).toEqual([3, 1]);
    expect(tree.roots[0]?.children.map((n) => n.comment.id)).toEqual([a1.id]);
    expect(tree.byId.get(a1.id)?.children.map((n) => n.comment.id)).toEqual([a11.id]);
    expect(tree.roots[0]?.more).toBeNull();
    expect(tree.orphans).toEqual([]);
  });

  it('orders children by number whatever order they arrive in, across batches', () => {
    const root = makeComment({ number: 1, replyCount: 3, descendantCount: 3 });
    const r2 = makeReply(root, { number: 2 });
    const r5 = makeReply(root, { number: 5 });
    const r9 = makeReply(root, { number: 9 });
    // Children first, the parent last, and a later batch with an earlier child.
    const tree = buildThreadTree({
      pages: [page(1, [r9, r5, root])],
      extras: [{ at: 2, items: [r2] }],
    });
    expect(tree.byId.get(root.id)?.children.map((n) => n.comment.number)).toEqual([2, 5, 9]);
  });

  it('keeps one node per id: the latest observation wins, ties go to the batch given later', () => {
    const old = makeComment({ number: 1, body: 'first version' });
    const edited = { ...old, body: 'edited', editedAt: '2024-01-02T00:00:00.000Z' };
    const stale = { ...old, body: 'stale refetch' };
    const tree = buildThreadTree({
      pages: [page(5, [old, makeComment({ number: 2 }), old])],
      extras: [
        { at: 9, items: [edited] },
        { at: 7, items: [stale] },
      ],
    });
    expect(tree.roots.map((n) => n.comment.id)).toEqual([old.id, 'c2']);
    expect(tree.byId.get(old.id)?.comment.body).toBe('edited');

    const tie = buildThreadTree({ pages: [page(5, [old])], extras: [{ at: 5, items: [edited] }] });
    expect(tie.byId.get(old.id)?.comment.body).toBe('edited');
  });

  it('reports replies whose parent is not loaded as orphans and does not show them', () => {
    const parent = makeComment({ number: 1 });
    const lost = makeReply(parent, { number: 7 });
    const tree = buildThreadTree({
      pages: [page(1, [makeComment({ number: 2 })])],
      extras: [{ at: 2, items: [lost] }],
    });
    expect(tree.orphans.map((c) => c.id)).toEqual([lost.id]);
    expect(tree.roots.map((n) => n.comment.id)).toEqual(['c2']);
    expect(tree.byId.get('c2')?.children).toEqual([]);
  });

  it('drops comments removed after they were seen, but not ones seen again later', () => {
    const a = makeComment({ number: 1 });
    const b = makeComment({ number: 2 });
    const tree = buildThreadTree({
      pages: [page(1, [a, b])],
      extras: [{ at: 2, items: [], removedIds: [a.id] }],
    });
    expect(tree.roots.map((n) => n.comment.id)).toEqual([b.id]);
    expect(tree.byId.has(a.id)).toBe(false);
  });

  it('says how to load missing replies: the page hint, then the loaded page’s cursor, with counts from the data', () => {
    const root = makeComment({ number: 1, replyCount: 4, descendantCount: 6 });
    const c2 = makeReply(root, { number: 2, replyCount: 1, descendantCount: 1 });
    const c3 = makeReply(root, { number: 3 });
    const first = buildThreadTree({
      pages: [
        page(1, [root, c2, c3], {
          [root.id]: { cursor: 'after-3', remaining: 3 },
          [c2.id]: { cursor: null, remaining: 1 },
        }),
      ],
    });
    // 6 below the root, of which c2 (1 + its 1) and c3 (1) are accounted for.
    expect(first.byId.get(root.id)?.more).toEqual({ cursor: 'after-3', remaining: 3 });
    expect(first.byId.get(c2.id)?.more).toEqual({ cursor: null, remaining: 1 });
    expect(first.byId.get(c3.id)?.more).toBeNull();

    const c4 = makeReply(root, { number: 4 });
    const second = buildThreadTree({
      pages: [page(1, [root, c2, c3], { [root.id]: { cursor: 'after-3', remaining: 3 } })],
      extras: [
        { at: 2, items: [c4], complete: true, continuation: { parentId: root.id, nextCursor: 'after-4' } },
      ],
    });
    expect(second.byId.get(root.id)?.more).toEqual({ cursor: 'after-4', remaining: 2 });

    const done = buildThreadTree({
      pages: [page(1, [root, c2, c3], { [root.id]: { cursor: 'after-3', remaining: 3 } })],
      extras: [{ at: 2, items: [c4], complete: true, continuation: { parentId: root.id, nextCursor: null } }],
    });
    expect(done.byId.get(root.id)?.more).toBeNull();
  });

  it('trusts the counts of a comment seen only on its own (a permalink’s ancestor)', () => {
    const top = makeComment({ number: 1, replyCount: 3, descendantCount: 5 });
    const mid = makeReply(top, { number: 8, replyCount: 1, descendantCount: 1 });
    const leaf = makeReply(mid, { number: 9 });
    const tree = buildThreadTree({
      pages: [],
      extras: [
        { at: 1, items: [top, mid] },
        { at: 1, items: [leaf], complete: true, continuation: { parentId: mid.id, nextCursor: null } },
      ],
      pinnedRootIds: [top.id],
    });
    expect(tree.roots.map((n) => n.comment.id)).toEqual([top.id]);
    expect(tree.byId.get(top.id)?.more).toEqual({ cursor: null, remaining: 3 });
    expect(tree.byId.get(mid.id)?.more).toBeNull();
    expect(pathTo(tree, leaf.id).map((n) => n.comment.number)).toEqual([1, 8, 9]);
  });

  it('shows pinned top-level comments first, once, and ignores pins that are not loaded or not top level', () => {
    const a = makeComment({ number: 1 });
    const b = makeComment({ number: 2, replyCount: 1, descendantCount: 1 });
    const reply = makeReply(b, { number: 3 });
    const mine = makeComment({ number: 40 });
    const tree = buildThreadTree({
      pages: [page(1, [a, b, reply])],
      extras: [{ at: 2, items: [mine] }],
      pinnedRootIds: [mine.id, 'not-loaded', reply.id, b.id, mine.id],
    });
    expect(tree.roots.map((n) => n.comment.id)).toEqual([mine.id, b.id, a.id]);
  });

  it('handles a chain far deeper than any call stack', () => {
    const items = [makeComment({ number: 1, descendantCount: 9999, replyCount: 1 })];
    for (let n = 2; n <= 10_000; n++) {
      const parent = items[items.length - 1]!;
      items.push(
        makeReply(parent, { number: n, replyCount: n < 10_000 ? 1 : 0, descendantCount: 10_000 - n }),
      );
    }
    const tree = buildThreadTree({ pages: [page(1, items)] });
    expect(tree.byId.size).toBe(10_000);
    expect(pathTo(tree, 'c10000')).toHaveLength(10_000);
  });
});
