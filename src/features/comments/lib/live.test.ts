import { describe, expect, it, vi } from 'vitest';
import type { CommentContext } from '../../../contract/comments';
import type { BackendEvent } from '../../../contract/events';
import { ApiError } from '../../../lib/api-client';
import { handleThreadEvent } from '../hooks/use-live-thread';
import { makeComment, makeReply } from '../testing/make-comment';
import { freshIncoming, incomingBatches, mergeIncoming, newCommentsText, type IncomingComment } from './live';
import { ThreadSession, type ThreadSessionDeps } from './thread-session';
import { buildThreadTree } from './tree';

const top = makeComment({ number: 1, replyCount: 1, descendantCount: 1 });
const reply = makeReply(top, { number: 2, body: 'Other tab reply' });
const incoming = (comment = reply, at = 10): IncomingComment => ({
  comment,
  ancestors: comment.parentId ? [top] : [],
  at,
});

const none = { isShown: () => false, ownNewIds: new Set<string>(), pending: [] };

describe('mergeIncoming', () => {
  it('keeps one entry per comment where it first arrived, and the latest fetch of it', () => {
    const other = makeComment({ number: 3 });
    let list = mergeIncoming([], incoming(reply, 10));
    list = mergeIncoming(list, incoming(other, 11));
    list = mergeIncoming(list, incoming({ ...reply, body: 'edited' }, 12));
    expect(list.map((i) => [i.comment.id, i.comment.body])).toEqual([
      [reply.id, 'edited'],
      [other.id, other.body],
    ]);
    // An older answer arriving late does not undo the newer one.
    expect(mergeIncoming(list, incoming(reply, 5))).toBe(list);
  });
});

describe('freshIncoming', () => {
  it('offers only comments not on screen, not this tab’s own, not deleted since', () => {
    const shown = makeComment({ number: 4 });
    const mine = makeComment({ number: 5 });
    const sending = makeReply(top, { number: 6, body: 'On its way' });
    const gone = { ...makeComment({ number: 7 }), deleted: true };
    const list = [reply, shown, mine, sending, gone].map((c) => incoming(c));
    const fresh = freshIncoming(list, {
      isShown: (id) => id === shown.id,
      ownNewIds: new Set([mine.id]),
      // Heard before this tab's own POST answered: same parent, same text once cleaned.
      pending: [{ clientId: 'client-1', parentId: top.id, body: 'On its way\u0007' }],
    });
    expect(fresh.map((i) => i.comment.id)).toEqual([reply.id]);
  });

  it('does not mistake a stranger’s comment with the same words elsewhere for one’s own', () => {
    const list = [incoming(reply)];
    const fresh = freshIncoming(list, {
      ...none,
      pending: [{ clientId: 'client-2', parentId: null, body: reply.body }],
    });
    expect(fresh).toHaveLength(1);
  });
});

describe('incomingBatches', () => {
  it('puts each comment in with its chain, as seen when fetched', () => {
    const batches = incomingBatches([incoming(reply, 42)]);
    expect(batches).toEqual([{ at: 42, items: [top, reply] }]);
    const tree = buildThreadTree({ pages: [{ at: 1, items: [top], complete: true }], extras: batches });
    expect(tree.byId.get(top.id)?.children.map((n) => n.comment.id)).toEqual([reply.id]);
  });

  it('says how many', () => {
    expect(newCommentsText(1)).toBe('1 new comment');
    expect(newCommentsText(1234)).toBe('1,234 new comments');
  });
});

function session(overrides: Partial<ThreadSessionDeps> = {}) {
  return new ThreadSession({
    reviewSlug: 'her',
    post: vi.fn(),
    update: vi.fn(),
    loadReplies: vi.fn(),
    describeError: () => ({ status: 0, message: 'failed' }),
    now: () => 100,
    ...overrides,
  });
}

function contextOf(comment = reply, commentCount = 9): CommentContext {
  return {
    reviewId: 'r1',
    reviewSlug: 'her',
    ancestors: comment.parentId ? [{ ...top, replyCount: 1, descendantCount: 1 }] : [],
    comment,
    replies: { parentId: comment.id, items: [], moreReplies: {}, nextCursor: null, total: 0 },
    commentCount,
    reviewCommentsOpen: true,
  };
}

const created = (commentId: string, reviewSlug = 'her'): BackendEvent => ({
  type: 'comment-created',
  reviewSlug,
  commentId,
});

describe('ThreadSession live updates', () => {
  it('holds another tab’s comment back, then reveals it in place with what hid it expanded', async () => {
    const s = session();
    const collapsedTop = { ...top, replyCount: 0, descendantCount: 0 };
    s.attachTree(buildThreadTree({ pages: [{ at: 1, items: [collapsedTop], complete: true }] }));
    s.toggleCollapsed(top.id);
    const onCount = vi.fn();
    await handleThreadEvent(created(reply.id), s, { fetchContext: async () => contextOf(), onCount });
    expect(s.getState().incoming.map((i) => i.comment.id)).toEqual([reply.id]);
    expect(s.getState().extras).toEqual([]);
    expect(onCount).toHaveBeenCalledWith({ count: 9 });

    s.revealIncoming(s.getState().incoming);
    const state = s.getState();
    expect(state.incoming).toEqual([]);
    expect(state.revealedIds.has(reply.id)).toBe(true);
    expect(state.revealedRootIds).toEqual([top.id]);
    expect(state.collapsed.has(top.id)).toBe(false);
    const tree = buildThreadTree({
      pages: [{ at: 1, items: [collapsedTop], complete: true }],
      extras: state.extras,
    });
    expect(tree.byId.get(top.id)?.comment.replyCount).toBe(1);
    expect(tree.byId.get(top.id)?.children.map((n) => n.comment.id)).toEqual([reply.id]);
  });

  it('does not count this tab’s own post, whether its event comes before or after the answer', async () => {
    let answer!: (c: typeof reply) => void;
    const s = session({
      post: () => new Promise((resolve) => (answer = resolve)),
    });
    s.attachTree(buildThreadTree({ pages: [{ at: 1, items: [top], complete: true }] }));
    const fetchContext = vi.fn(async () => contextOf());
    const onCount = vi.fn();
    s.submit({ clientId: 'client-own1', parentId: top.id, body: reply.body, guestName: 'Ada' });
    // The event first: the POST has not answered yet.
    await handleThreadEvent(created(reply.id), s, { fetchContext, onCount });
    expect(s.getState().incoming).toEqual([]);
    expect(onCount).not.toHaveBeenCalled();
    // Then the answer; a repeated event is not even fetched.
    answer(reply);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(s.getState().ownNewIds.has(reply.id)).toBe(true);
    fetchContext.mockClear();
    await handleThreadEvent(created(reply.id), s, { fetchContext, onCount });
    expect(fetchContext).not.toHaveBeenCalled();
    expect(s.getState().incoming).toEqual([]);
  });

  it('ignores other reviews, and edits of comments it does not show', async () => {
    const s = session();
    const fetchContext = vi.fn(async () => contextOf());
    await handleThreadEvent(created(reply.id, 'other-review'), s, { fetchContext, onCount: vi.fn() });
    await handleThreadEvent({ type: 'comment-updated', reviewSlug: 'her', commentId: 'c99' }, s, {
      fetchContext,
      onCount: vi.fn(),
    });
    expect(fetchContext).not.toHaveBeenCalled();
  });

  it('updates an edited comment in place, and removes one deleted in another tab', async () => {
    const s = session();
    const child = makeReply(top, { number: 2 });
    const withChild = { ...top, replyCount: 1, descendantCount: 1 };
    s.attachTree(buildThreadTree({ pages: [{ at: 1, items: [withChild, child], complete: true }] }));
    const edited = { ...child, body: 'Changed elsewhere', editedAt: '2024-02-01T00:00:00.000Z' };
    await handleThreadEvent({ type: 'comment-updated', reviewSlug: 'her', commentId: child.id }, s, {
      fetchContext: async () => contextOf(edited),
      onCount: vi.fn(),
    });
    expect(s.getState().extras.at(-1)?.items).toEqual([edited]);

    const onCount = vi.fn();
    await handleThreadEvent({ type: 'comment-deleted', reviewSlug: 'her', commentId: child.id }, s, {
      fetchContext: () =>
        Promise.reject(new ApiError({ status: 410, title: 'Gone', code: 'comment-deleted' })),
      onCount,
    });
    const last = s.getState().extras.at(-1);
    expect(last?.removedIds).toEqual([child.id]);
    expect(last?.items.find((c) => c.id === top.id)).toMatchObject({ replyCount: 0, descendantCount: 0 });
    expect(onCount).toHaveBeenCalledWith({ delta: -1 });
  });
});
