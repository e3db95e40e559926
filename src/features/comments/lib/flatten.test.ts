import { describe, expect, it } from 'vitest';
import { makeComment, makeReply } from '../testing/make-comment';
import {
  flattenThread,
  LEVELS_PER_VIEW,
  nestRows,
  pendingKey,
  viewRootDepth,
  type ThreadRow,
} from './flatten';
import { buildThreadTree, type CommentBatch } from './tree';
import type { Comment } from '../../../contract/comments';

function chain(length: number, start = 1): Comment[] {
  const items: Comment[] = [makeComment({ number: start, replyCount: 1, descendantCount: length - 1 })];
  for (let i = 1; i < length; i++) {
    const parent = items[i - 1]!;
    items.push(
      makeReply(parent, {
        number: start + i,
        replyCount: i < length - 1 ? 1 : 0,
        descendantCount: length - 1 - i,
      }),
    );
  }
  return items;
}

const page = (items: Comment[], moreReplies: CommentBatch['moreReplies'] = {}): CommentBatch => ({
  at: 1,
  items,
  moreReplies,
  complete: true,
});

const describeRow = (row: ThreadRow) => {
  switch (row.kind) {
    case 'comment':
      return `${'  '.repeat(row.depth)}#${row.comment.number}${row.collapsed ? ' (collapsed)' : ''}`;
    case 'pending':
      return `${'  '.repeat(row.depth)}pending ${row.pending.clientId}`;
    case 'more':
      return `${'  '.repeat(row.depth)}more ${row.more.remaining}`;
    case 'continue':
      return `${'  '.repeat(row.depth)}continue from #${row.commentId} (${row.hidden})`;
  }
};

describe('flattenThread', () => {
  const a = makeComment({ number: 1, replyCount: 2, descendantCount: 3 });
  const a1 = makeReply(a, { number: 2, replyCount: 1, descendantCount: 1 });
  const a11 = makeReply(a1, { number: 4 });
  const a2 = makeReply(a, { number: 3 });
  const b = makeComment({ number: 5, replyCount: 2, descendantCount: 2 });
  const b1 = makeReply(b, { number: 6 });
  const tree = buildThreadTree({
    pages: [page([a, a1, a11, a2, b, b1], { [b.id]: { cursor: 'x', remaining: 1 } })],
  });

  it('lists comments in reading order with their depth, names of whom they answer, and "more" rows', () => {
    const rows = flattenThread(tree.roots);
    expect(rows.map(describeRow)).toEqual(['#1', '  #2', '    #4', '  #3', '#5', '  #6', '  more 1']);
    const reply = rows.find((r) => r.kind === 'comment' && r.comment.id === a11.id);
    expect(reply).toMatchObject({ parentName: a1.author.name, depth: 2 });
    expect(rows[0]).toMatchObject({ parentName: null, childCount: 2 });
  });

  it('hides everything under a collapsed comment but keeps the comment', () => {
    const rows = flattenThread(tree.roots, { collapsed: new Set([a.id]) });
    expect(rows.map(describeRow)).toEqual(['#1 (collapsed)', '#5', '  #6', '  more 1']);
  });

  it('puts pending posts under their parent after its replies, and top-level ones first when asked', () => {
    const pending = [
      { clientId: 'p-top', parentId: null },
      { clientId: 'p-a1', parentId: a1.id },
      { clientId: 'p-b', parentId: b.id },
      { clientId: 'p-gone', parentId: 'not-loaded' },
    ];
    const rows = flattenThread(tree.roots, { pending, showTopLevelPending: true });
    expect(rows.map(describeRow)).toEqual([
      'pending p-top',
      '#1',
      '  #2',
      '    #4',
      '    pending p-a1',
      '  #3',
      '#5',
      '  #6',
      '  more 1',
      '  pending p-b',
    ]);
    expect(rows[0]?.key).toBe(pendingKey('p-top'));
    expect(flattenThread(tree.roots, { pending }).some((r) => r.key === pendingKey('p-top'))).toBe(false);
  });

  it('keys rows by the key given (a confirmed post keeps its pending row key)', () => {
    const rows = flattenThread(tree.roots, { keyFor: (id) => (id === a2.id ? pendingKey('client-1') : id) });
    expect(rows.find((r) => r.kind === 'comment' && r.comment.id === a2.id)?.key).toBe('client:client-1');
  });

  it('stops at the last level and continues the thread in a focused view', () => {
    const items = chain(12);
    const deep = buildThreadTree({ pages: [page(items)] });
    const rows = flattenThread(deep.roots);
    const comments = rows.filter((r) => r.kind === 'comment');
    expect(comments).toHaveLength(LEVELS_PER_VIEW);
    expect(comments.at(-1)).toMatchObject({ depth: LEVELS_PER_VIEW - 1 });
    const last = rows.at(-1);
    expect(last).toMatchObject({ kind: 'continue', commentId: items[LEVELS_PER_VIEW - 1]!.id, hidden: 4 });

    // The focused view of the rest starts at the cut comment, one level at a time.
    const from = deep.byId.get(items[7]!.id)!;
    const focused = flattenThread([from], { rootParentName: 'Person 7' });
    expect(focused.filter((r) => r.kind === 'comment').map((r) => r.depth)).toEqual([0, 1, 2, 3, 4]);
    expect(focused[0]).toMatchObject({ parentName: 'Person 7' });
  });

  it('keeps the reader’s own new replies in sight below the last level', () => {
    const items = chain(LEVELS_PER_VIEW);
    const lastShown = items.at(-1)!;
    const mine = makeReply(lastShown, { number: 100 });
    const other = makeReply(lastShown, { number: 99 });
    const deep = buildThreadTree({
      pages: [
        page(items.map((c, i) => (i === items.length - 1 ? { ...c, replyCount: 2, descendantCount: 2 } : c))),
      ],
      extras: [{ at: 2, items: [other, mine] }],
    });
    const rows = flattenThread(deep.roots, {
      ownNewIds: new Set([mine.id]),
      pending: [{ clientId: 'p', parentId: lastShown.id }],
    });
    expect(rows.slice(-3).map(describeRow)).toEqual([
      `${'  '.repeat(LEVELS_PER_VIEW)}#100`,
      `${'  '.repeat(LEVELS_PER_VIEW)}pending p`,
      `${'  '.repeat(LEVELS_PER_VIEW)}continue from #${lastShown.id} (1)`,
    ]);
  });

  it('shows the top level in the pages’ order (the sort) and replies by number', () => {
    const newest = [
      makeComment({ number: 9 }),
      makeComment({ number: 7, replyCount: 2, descendantCount: 2 }),
    ];
    const r8 = makeReply(newest[1]!, { number: 8 });
    const r10 = makeReply(newest[1]!, { number: 10 });
    const sorted = buildThreadTree({ pages: [page([newest[0]!]), page([newest[1]!, r10, r8])] });
    expect(flattenThread(sorted.roots).map(describeRow)).toEqual(['#9', '#7', '  #8', '  #10']);
  });
});

describe('nestRows', () => {
  it('puts every row under the last comment above it that is shallower', () => {
    const a = makeComment({ number: 1, replyCount: 1, descendantCount: 2 });
    const a1 = makeReply(a, { number: 2, replyCount: 1, descendantCount: 1 });
    const a11 = makeReply(a1, { number: 3 });
    const b = makeComment({ number: 4 });
    const tree = buildThreadTree({
      pages: [page([a, a1, a11, b], { [a1.id]: { cursor: 'c', remaining: 1 } })],
    });
    const rows = flattenThread(tree.roots, { pending: [{ clientId: 'p', parentId: a.id }] });
    const nested = nestRows(rows);
    expect(nested.map((n) => n.row.key)).toEqual([a.id, b.id]);
    const first = nested[0]!;
    expect(first.children.map((n) => n.row.key)).toEqual([a1.id, 'client:p']);
    expect(first.children[0]?.children.map((n) => n.row.key)).toEqual([a11.id, `more:${a1.id}`]);
  });
});

describe('viewRootDepth', () => {
  it('gives 0 for what the main view shows, then the depth of the comment the view continues from', () => {
    expect([0, 3, 7].map((d) => viewRootDepth(d))).toEqual([0, 0, 0]);
    expect([8, 10, 14].map((d) => viewRootDepth(d))).toEqual([7, 7, 7]);
    expect([15, 21, 22].map((d) => viewRootDepth(d))).toEqual([14, 14, 21]);
  });
});
