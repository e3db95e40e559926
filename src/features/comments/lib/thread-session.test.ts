import { describe, expect, it, vi } from 'vitest';
import type { Comment, CreateCommentInput, RepliesPage } from '../../../contract/comments';
import { makeComment, makeReply } from '../testing/make-comment';
import { pendingKey } from './flatten';
import {
  localOutbox,
  ThreadSession,
  type OutboxStorage,
  type StoredPost,
  type ThreadSessionDeps,
} from './thread-session';
import { buildThreadTree } from './tree';

function memoryOutbox(initial: StoredPost[] = []): OutboxStorage & { saved: StoredPost[][] } {
  let current = initial;
  const saved: StoredPost[][] = [];
  return {
    saved,
    load: () => current,
    save: (posts) => {
      current = posts;
      saved.push(posts);
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function session(overrides: Partial<ThreadSessionDeps> = {}) {
  const posts: CreateCommentInput[] = [];
  const deps: ThreadSessionDeps = {
    reviewSlug: 'her',
    post: vi.fn(async (input: CreateCommentInput) => {
      posts.push(input);
      return makeComment({
        number: 50,
        id: `server-${input.clientId}`,
        body: input.body,
        parentId: input.parentId ?? null,
      });
    }),
    update: vi.fn(async (id: string, body: string) =>
      makeComment({ number: 50, id, body, editedAt: '2024-01-01T00:00:00.000Z' }),
    ),
    loadReplies: vi.fn(async (): Promise<RepliesPage> => ({
      parentId: 'x',
      items: [],
      moreReplies: {},
      nextCursor: null,
      total: 0,
    })),
    describeError: (error) => ({ status: 0, message: error instanceof Error ? error.message : 'failed' }),
    outbox: memoryOutbox(),
    now: () => 1000,
    ...overrides,
  };
  return { s: new ThreadSession(deps), posts, deps };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ThreadSession posting', () => {
  it('keeps the same clientId across a failure and a retry, and confirms exactly once', async () => {
    const attempts: CreateCommentInput[] = [];
    let fail = true;
    const { s } = session({
      post: async (input) => {
        attempts.push(input);
        if (fail) {
          fail = false;
          throw new Error('No connection');
        }
        return makeComment({ number: 36, id: 'c36', body: input.body });
      },
    });
    s.submit({ clientId: 'client-aaaa', parentId: null, body: 'Hello', guestName: 'Ada' });
    expect(s.getState().pending).toMatchObject([{ clientId: 'client-aaaa', status: 'sending' }]);
    await flush();
    expect(s.getState().pending).toMatchObject([
      { status: 'failed', body: 'Hello', error: { message: 'No connection' } },
    ]);

    s.retry('client-aaaa');
    await flush();
    expect(attempts.map((a) => a.clientId)).toEqual(['client-aaaa', 'client-aaaa']);
    expect(attempts[1]).toMatchObject({ body: 'Hello', guestName: 'Ada', parentId: null });
    const state = s.getState();
    expect(state.pending).toEqual([]);
    expect(state.postedRootIds).toEqual(['c36']);
    expect(state.rowKeys.get('c36')).toBe(pendingKey('client-aaaa'));
    expect(state.extras.flatMap((b) => b.items).map((c) => c.id)).toEqual(['c36']);
  });

  it('queues a clientId once: a double submit or a retry while sending sends one request', async () => {
    const gate = deferred<Comment>();
    const post = vi.fn(() => gate.promise);
    const { s } = session({ post });
    expect(s.submit({ clientId: 'client-bbbb', parentId: null, body: 'Once', guestName: 'Ada' })).toBe(true);
    expect(s.submit({ clientId: 'client-bbbb', parentId: null, body: 'Once', guestName: 'Ada' })).toBe(false);
    s.retry('client-bbbb');
    expect(post).toHaveBeenCalledTimes(1);
    gate.resolve(makeComment({ number: 1 }));
    await flush();
    expect(s.getState().pending).toEqual([]);
  });

  it('writes the post to the outbox before sending and removes it only when confirmed', async () => {
    const outbox = memoryOutbox();
    const gate = deferred<Comment>();
    const { s } = session({ outbox, post: () => gate.promise });
    s.submit({ clientId: 'client-cccc', parentId: 'c1', body: 'Kept', guestName: 'Ada' });
    expect(outbox.load()).toMatchObject([
      { clientId: 'client-cccc', parentId: 'c1', body: 'Kept', guestName: 'Ada' },
    ]);
    gate.resolve(makeComment({ number: 2, parentId: 'c1' }));
    await flush();
    expect(outbox.load()).toEqual([]);
  });

  it('sends again, with the same clientId, what an earlier visit left in the outbox', async () => {
    const outbox = memoryOutbox([
      {
        clientId: 'client-dddd',
        parentId: null,
        body: 'From before',
        guestName: 'Bo',
        createdAt: '2024-01-01T00:00:00.000Z',
      },
    ]);
    const { s, posts } = session({ outbox });
    expect(s.getState().pending).toMatchObject([{ clientId: 'client-dddd', status: 'failed', error: null }]);
    s.resume();
    s.resume();
    await flush();
    expect(posts).toEqual([
      { clientId: 'client-dddd', parentId: null, body: 'From before', guestName: 'Bo' },
    ]);
  });

  it('brings a replayed comment up to date when its text was edited after a lost answer', async () => {
    const update = vi.fn(async (id: string, body: string) => makeComment({ number: 9, id, body }));
    const { s } = session({
      update,
      // The first attempt got through with the old text; the replay answers that comment.
      post: async (input) =>
        makeComment({ number: 9, id: 'c9', body: 'old text', parentId: input.parentId ?? null }),
    });
    s.submit({ clientId: 'client-eeee', parentId: null, body: 'new text', guestName: 'Ada' });
    await flush();
    expect(update).toHaveBeenCalledWith('c9', 'new text');
    expect(s.getState().extras.at(-1)?.items[0]).toMatchObject({ id: 'c9', body: 'new text' });
  });

  it('sends no guestName for a signed-in author (the backend takes the author from the session)', async () => {
    const { s, posts } = session();
    s.submit({ clientId: 'client-user', parentId: null, body: 'As myself', guestName: null });
    await flush();
    expect(posts).toHaveLength(1);
    expect(posts[0]).not.toHaveProperty('guestName');
  });

  it('moves the counts of the ancestors it knows when a reply is confirmed', async () => {
    const top = makeComment({ number: 1, replyCount: 1, descendantCount: 1 });
    const mid = makeReply(top, { number: 2 });
    const onPosted = vi.fn();
    const { s } = session({
      onPosted,
      post: async (input) => makeReply(mid, { number: 3, id: 'c3', body: input.body }),
    });
    s.attachTree(buildThreadTree({ pages: [{ at: 1, items: [top, mid], complete: true }] }));
    s.submit({ clientId: 'client-ffff', parentId: mid.id, body: 'deep', guestName: 'Ada' });
    await flush();
    const items = s.getState().extras.at(-1)?.items ?? [];
    expect(items.find((c) => c.id === mid.id)).toMatchObject({ replyCount: 1, descendantCount: 1 });
    expect(items.find((c) => c.id === top.id)).toMatchObject({ replyCount: 1, descendantCount: 2 });
    expect(onPosted).toHaveBeenCalledTimes(1);
    expect(s.getState().ownNewIds.has('c3')).toBe(true);
  });
});

describe('ThreadSession view state', () => {
  it('applies a delete: placeholder with replies, vanished ids removed, ancestors counted down', () => {
    const top = makeComment({ number: 1, replyCount: 1, descendantCount: 2 });
    const mid = makeReply(top, { number: 2, replyCount: 1, descendantCount: 1 });
    const { s } = session();
    s.attachTree(buildThreadTree({ pages: [{ at: 1, items: [top, mid], complete: true }] }));
    s.applyDelete({ comment: { ...mid, deleted: true, body: '' }, vanishedIds: [], commentCount: 4 });
    const batch = s.getState().extras.at(-1)!;
    expect(batch.items.map((c) => [c.id, c.deleted, c.descendantCount])).toEqual([
      [mid.id, true, 1],
      [top.id, false, 1],
    ]);
    s.applyDelete({ comment: { ...mid, deleted: true }, vanishedIds: [mid.id], commentCount: 3 });
    expect(s.getState().extras.at(-1)?.removedIds).toEqual([mid.id]);
  });

  it('remembers open reply composers across reloads through their drafts', () => {
    localStorage.setItem(
      'screening-room:draft:v1:her:reply:c7',
      JSON.stringify({ text: 'half a thought', clientId: 'client-gggg', savedAt: 1 }),
    );
    localStorage.setItem(
      'screening-room:draft:v1:her:edit:c8',
      JSON.stringify({ text: 'fix', clientId: null, savedAt: 1 }),
    );
    localStorage.setItem(
      'screening-room:draft:v1:other:reply:c9',
      JSON.stringify({ text: 'x', clientId: null, savedAt: 1 }),
    );
    const { s } = session();
    expect([...s.getState().replying.keys()]).toEqual(['c7']);
    expect(s.getState().replying.get('c7')?.focus).toBe(false);
    expect([...s.getState().editing.keys()]).toEqual(['c8']);
  });

  it('toggles collapse and expands a path, and counts a row target as live only briefly', () => {
    let now = 1000;
    const { s } = session({ now: () => now });
    s.toggleCollapsed('a');
    s.toggleCollapsed('b');
    s.toggleCollapsed('b');
    expect([...s.getState().collapsed]).toEqual(['a']);
    s.expand(['x', 'a']);
    expect(s.getState().collapsed.size).toBe(0);
    s.requestRow('k', true);
    expect(s.isTargetLive(s.getState().target)).toBe(true);
    now += 10_000;
    expect(s.isTargetLive(s.getState().target)).toBe(false);
  });

  it('records a failed replies page so the row can offer to try again', async () => {
    const { s } = session({ loadReplies: () => Promise.reject(new Error('Storage busy')) });
    expect(await s.loadReplies('c1', null)).toBeNull();
    expect(s.getState().repliesLoading.get('c1')).toEqual({ status: 'error', message: 'Storage busy' });
  });
});

describe('localOutbox', () => {
  it('round-trips posts and drops what it cannot read', () => {
    const outbox = localOutbox('her');
    const post = { clientId: 'client-hhhh', parentId: null, body: 'b', guestName: null, createdAt: 'x' };
    outbox.save([post]);
    expect(outbox.load()).toEqual([post]);
    localStorage.setItem('screening-room:outbox:v1:her', JSON.stringify([post, { clientId: 3 }, 'junk']));
    expect(outbox.load()).toEqual([post]);
    localStorage.setItem('screening-room:outbox:v1:her', '{not json');
    expect(outbox.load()).toEqual([]);
    outbox.save([]);
    expect(localStorage.getItem('screening-room:outbox:v1:her')).toBeNull();
  });
});
