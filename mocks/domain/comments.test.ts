import { beforeEach, describe, expect, it } from 'vitest';
import {
  THREAD_PRELOAD,
  REPLIES_PRELOAD,
  createCommentBodySchema,
  threadPageSchema,
  repliesPageSchema,
  commentContextSchema,
  type Comment,
  type CreateCommentInput,
  type MoreReplies,
  type ThreadSort,
} from '../../src/contract/comments';
import { createMemoryStore } from '../store/memory';
import { fixtureReview } from '../testing/fixture';
import type { CommentRecord, ReviewRow, Store, UserRecord } from '../store/types';
import {
  EDIT_WINDOW_MS,
  deleteComment,
  editComment,
  getCommentContext,
  listReplies,
  listThread,
  postComment,
  type Actor,
} from './comments';
import { DomainError } from './errors';

const T0 = new Date('2025-03-01T12:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

const users: UserRecord[] = [
  {
    id: 'u-critic',
    username: 'critic',
    displayName: 'Cora Critic',
    role: 'author',
    joinedAt: '2020-01-01T00:00:00Z',
  },
  {
    id: 'u-reader',
    username: 'reader',
    displayName: 'Rae Reader',
    role: 'reader',
    joinedAt: '2021-01-01T00:00:00Z',
  },
];

function review(id: string, slug: string, commentsOpen: boolean): ReviewRow {
  return fixtureReview({ id, slug, title: `Review ${slug}`, commentsOpen });
}

const critic: Actor = { kind: 'user', userId: 'u-critic', role: 'author' };
const reader: Actor = { kind: 'user', userId: 'u-reader', role: 'reader' };
const TOKEN_A = 'guest-token-aaaaaaaaaaaa';
const guestA: Actor = { kind: 'guest', guestName: 'Ada', guestToken: TOKEN_A };
const guestB: Actor = { kind: 'guest', guestName: 'Bo', guestToken: 'guest-token-bbbbbbbbbbbb' };

let store: Store;
let seq = 0;

beforeEach(async () => {
  store = createMemoryStore();
  seq = 0;
  await store.write(async (tx) => {
    for (const u of users) await tx.put('users', u);
    await tx.put('reviews', review('r-open', 'open-review', true));
    await tx.put('reviews', review('r-closed', 'closed-review', false));
    await tx.put('reviews', review('r-other', 'other-review', true));
  });
});

const nextClientId = () => `client-${String(++seq).padStart(6, '0')}`;

async function post(
  opts: Partial<CreateCommentInput> & { actor?: Actor; slug?: string; now?: Date } = {},
): Promise<{ comment: Comment; created: boolean }> {
  const { actor = reader, slug = 'open-review', now = T0, ...fields } = opts;
  const input = createCommentBodySchema.parse({ clientId: nextClientId(), body: 'Hello there.', ...fields });
  return store.write((tx) => postComment(tx, slug, input, actor, now));
}

const postId = async (opts: Parameters<typeof post>[0] = {}) => (await post(opts)).comment.id;

const getRecord = (id: string) => store.read((tx) => tx.get('comments', id)) as Promise<CommentRecord>;
const getReview = (id = 'r-open') => store.read((tx) => tx.get('reviews', id)) as Promise<ReviewRow>;

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but the call succeeded');
}

const thread = (sort: ThreadSort = 'oldest', cursor?: string, limit = 20, actor: Actor = reader, now = T0) =>
  store.read((tx) => listThread(tx, 'open-review', { sort, cursor, limit }, actor, now));

/** Top-level ids across all pages of a sort. */
async function allTopLevel(sort: ThreadSort, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await thread(sort, cursor, limit);
    expect(threadPageSchema.parse(page)).toEqual(page);
    ids.push(...page.items.filter((c) => c.parentId === null).map((c) => c.id));
    if (page.nextCursor === null) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('postComment', () => {
  it('numbers comments 1..n in order of posting and never reuses a number after a delete', async () => {
    const a = await post();
    const b = await post({ parentId: a.comment.id });
    const c = await post();
    expect([a, b, c].map((r) => r.comment.number)).toEqual([1, 2, 3]);

    await store.write((tx) => deleteComment(tx, c.comment.id, reader, T0));
    const d = await post();
    expect(d.comment.number).toBe(4);
    expect(d.comment.id).not.toBe(c.comment.id);

    const row = await getReview();
    expect(row.lastCommentNumber).toBe(4);
    expect(row.commentCount).toBe(3);
  });

  it('decides the author from the actor, with the review author badge and account names', async () => {
    const byCritic = (await post({ actor: critic })).comment;
    const byReader = (await post({ actor: reader })).comment;
    const byGuest = (await post({ actor: guestA, guestName: '  Ada\tLovelace ' })).comment;
    expect(byCritic.author).toEqual({
      kind: 'user',
      name: 'Cora Critic',
      username: 'critic',
      userId: 'u-critic',
      isReviewAuthor: true,
      role: 'author',
    });
    expect(byReader.author.isReviewAuthor).toBe(false);
    expect(byReader.author.name).toBe('Rae Reader');
    expect(byGuest.author).toEqual({
      kind: 'guest',
      name: 'Ada Lovelace',
      username: null,
      userId: null,
      isReviewAuthor: false,
    });
    const record = await getRecord(byGuest.id);
    expect(record.guestToken).toBe(TOKEN_A);
    expect(JSON.stringify(byGuest)).not.toContain('guest-token');
  });

  it('keeps the body as typed apart from control characters', async () => {
    const body = '  indented\r\nline two\u0007  ';
    const { comment } = await post({ body });
    expect(comment.body).toBe('  indented\nline two  ');
  });

  it('is idempotent on clientId: a repeat answers the same comment without creating another', async () => {
    const input = createCommentBodySchema.parse({ clientId: 'retry-key-1', body: 'Once.' });
    const first = await store.write((tx) => postComment(tx, 'open-review', input, reader, T0));
    const second = await store.write((tx) => postComment(tx, 'open-review', input, reader, at(5000)));
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.comment).toEqual(first.comment);
    expect((await getReview()).commentCount).toBe(1);
    expect((await thread()).items).toHaveLength(1);
  });

  it('creates one comment when the same post races in two write transactions', async () => {
    const input = createCommentBodySchema.parse({ clientId: 'double-click', body: 'Twice?' });
    const results = await Promise.all([
      store.write((tx) => postComment(tx, 'open-review', input, guestA, T0)),
      store.write((tx) => postComment(tx, 'open-review', input, guestA, T0)),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]?.comment.id).toBe(results[1]?.comment.id);
    expect((await getReview()).commentCount).toBe(1);
    expect((await getReview()).lastCommentNumber).toBe(1);
  });

  it('refuses a clientId already used by someone else or in another review (409)', async () => {
    const input = createCommentBodySchema.parse({ clientId: 'shared-key', body: 'Mine.' });
    await store.write((tx) => postComment(tx, 'open-review', input, guestA, T0));
    const byOtherGuest = await rejection(
      store.write((tx) => postComment(tx, 'open-review', input, guestB, T0)),
    );
    expect(byOtherGuest.status).toBe(409);
    expect(byOtherGuest.code).toBe('client-id-conflict');
    const otherReview = await rejection(
      store.write((tx) => postComment(tx, 'other-review', input, guestA, T0)),
    );
    expect(otherReview.code).toBe('client-id-conflict');
    expect((await getReview()).commentCount).toBe(1);
  });

  it('keeps every ancestor count true for a reply twelve levels deep', async () => {
    const ids: string[] = [];
    let parentId: string | null = null;
    for (let depth = 0; depth <= 12; depth++) {
      const { comment } = await post({ parentId, now: at(depth * 1000) });
      expect(comment.depth).toBe(depth);
      ids.push(comment.id);
      parentId = comment.id;
    }
    for (const [depth, id] of ids.entries()) {
      const record = await getRecord(id);
      expect(record.descendantCount).toBe(12 - depth);
      expect(record.replyCount).toBe(depth === 12 ? 0 : 1);
      expect(record.depth).toBe(depth);
    }
    expect((await getReview()).commentCount).toBe(13);
  });

  it('refuses a closed review with 409 comments-closed', async () => {
    const error = await rejection(post({ slug: 'closed-review' }));
    expect(error.status).toBe(409);
    expect(error.code).toBe('comments-closed');
    expect((await getReview('r-closed')).lastCommentNumber).toBe(0);
  });

  it('answers 404 for an unknown review', async () => {
    expect((await rejection(post({ slug: 'no-such-review' }))).status).toBe(404);
  });

  it('refuses a missing parent, or one from another review, with 422 parent-missing', async () => {
    const missing = await rejection(post({ parentId: 'c-nope' }));
    expect(missing.status).toBe(422);
    expect(missing.code).toBe('parent-missing');
    expect(missing.fieldErrors?.parentId?.length).toBeGreaterThan(0);

    const elsewhere = await postId({ slug: 'other-review' });
    const crossReview = await rejection(post({ parentId: elsewhere }));
    expect(crossReview.code).toBe('parent-missing');
  });

  it('refuses a reply to a deleted comment (placeholder or vanished) with 422 parent-deleted', async () => {
    const root = await postId();
    await postId({ parentId: root });
    const leaf = await postId();
    await store.write((tx) => deleteComment(tx, root, reader, T0));
    await store.write((tx) => deleteComment(tx, leaf, reader, T0));
    for (const parentId of [root, leaf]) {
      const error = await rejection(post({ parentId }));
      expect(error.status).toBe(422);
      expect(error.code).toBe('parent-deleted');
    }
  });

  it('requires a guest display name (422 on guestName), from the body or the actor', async () => {
    const nameless: Actor = { kind: 'guest', guestName: null, guestToken: 'guest-token-cccccccccccc' };
    const error = await rejection(post({ actor: nameless }));
    expect(error.status).toBe(422);
    expect(error.code).toBe('guest-name-required');
    expect(error.fieldErrors?.guestName?.[0]).toMatch(/empty/i);

    const blankActor: Actor = {
      kind: 'guest',
      guestName: ' \u200b ',
      guestToken: 'guest-token-cccccccccccc',
    };
    expect((await rejection(post({ actor: blankActor }))).code).toBe('guest-name-required');

    const named = await post({ actor: nameless, guestName: 'Cy' });
    expect(named.comment.author.name).toBe('Cy');
  });

  it('refuses a guest without a usable token (401)', async () => {
    const tokenless: Actor = { kind: 'guest', guestName: 'Ada', guestToken: '' };
    const error = await rejection(post({ actor: tokenless }));
    expect(error.status).toBe(401);
  });
});

describe('editComment', () => {
  it('allows the author within the window, marks it edited, and refuses after it (409 with the time)', async () => {
    const id = await postId({ actor: reader });
    const edited = await store.write((tx) =>
      editComment(tx, id, { body: 'Fixed.' }, reader, at(14 * MIN + 59_000)),
    );
    expect(edited.body).toBe('Fixed.');
    expect(edited.editedAt).toBe(at(14 * MIN + 59_000).toISOString());
    expect(edited.editableUntil).toBe(at(EDIT_WINDOW_MS).toISOString());

    const late = await rejection(
      store.write((tx) => editComment(tx, id, { body: 'Late.' }, reader, at(15 * MIN + 1000))),
    );
    expect(late.status).toBe(409);
    expect(late.code).toBe('edit-window-closed');
    expect(late.detail).toContain(at(EDIT_WINDOW_MS).toISOString());
    expect((await getRecord(id)).body).toBe('Fixed.');
  });

  it('treats the same text as a no-op that does not mark the comment edited', async () => {
    const id = await postId({ body: 'Same.' });
    const result = await store.write((tx) => editComment(tx, id, { body: 'Same.' }, reader, at(MIN)));
    expect(result.editedAt).toBeNull();
    expect((await getRecord(id)).editedAt).toBeNull();
  });

  it('refuses anyone but the author with 403 not-author', async () => {
    const id = await postId({ actor: reader });
    for (const actor of [critic, guestA]) {
      const error = await rejection(
        store.write((tx) => editComment(tx, id, { body: 'Hijack.' }, actor, at(MIN))),
      );
      expect(error.status).toBe(403);
      expect(error.code).toBe('not-author');
    }
    expect((await getRecord(id)).body).toBe('Hello there.');
  });

  it('lets a guest edit and delete by guest token, whatever name they give now', async () => {
    const id = await postId({ actor: guestA });
    const sameBrowserNewName: Actor = { kind: 'guest', guestName: 'Ada L.', guestToken: TOKEN_A };
    const edited = await store.write((tx) =>
      editComment(tx, id, { body: 'By token.' }, sameBrowserNewName, at(MIN)),
    );
    expect(edited.body).toBe('By token.');

    const otherBrowserSameName: Actor = {
      kind: 'guest',
      guestName: 'Ada',
      guestToken: 'guest-token-zzzzzzzzzzzz',
    };
    expect(
      (
        await rejection(
          store.write((tx) => editComment(tx, id, { body: 'x' }, otherBrowserSameName, at(MIN))),
        )
      ).status,
    ).toBe(403);
    expect((await rejection(store.write((tx) => deleteComment(tx, id, guestB, at(MIN))))).status).toBe(403);
    expect((await rejection(store.write((tx) => deleteComment(tx, id, reader, at(MIN))))).status).toBe(403);

    const seenByOwner = (await thread('oldest', undefined, 20, guestA, at(MIN))).items[0];
    const seenByOther = (await thread('oldest', undefined, 20, guestB, at(MIN))).items[0];
    expect(seenByOwner?.canDelete).toBe(true);
    expect(seenByOwner?.editableUntil).toBe(at(EDIT_WINDOW_MS).toISOString());
    expect(seenByOther?.canDelete).toBe(false);
    expect(seenByOther?.editableUntil).toBeNull();

    await store.write((tx) => deleteComment(tx, id, guestA, at(20 * MIN)));
    expect((await getRecord(id)).deletedAt).not.toBeNull();
  });

  it('refuses to edit a deleted comment (410) and a comment on a closed review (409)', async () => {
    const id = await postId();
    await postId({ parentId: id });
    await store.write((tx) => deleteComment(tx, id, reader, T0));
    expect(
      (await rejection(store.write((tx) => editComment(tx, id, { body: 'Back' }, reader, T0)))).status,
    ).toBe(410);

    const open = await postId();
    await store.write(async (tx) => {
      const row = await tx.get('reviews', 'r-open');
      if (row) await tx.put('reviews', { ...row, commentsOpen: false });
    });
    const closed = await rejection(
      store.write((tx) => editComment(tx, open, { body: 'Changed' }, reader, at(MIN))),
    );
    expect(closed.code).toBe('comments-closed');
  });
});

describe('deleteComment', () => {
  it('leaves a placeholder when replies remain, with every count decreased by one', async () => {
    const root = await postId({ actor: critic });
    const middle = await postId({ parentId: root });
    const reply = await postId({ parentId: middle, actor: guestA });
    const result = await store.write((tx) => deleteComment(tx, middle, reader, at(MIN)));

    expect(result.vanishedIds).toEqual([]);
    expect(result.commentCount).toBe(2);
    expect(result.comment).toMatchObject({
      id: middle,
      deleted: true,
      body: '',
      canDelete: false,
      editableUntil: null,
    });
    expect(result.comment.author.name).toBe('');

    const rootRecord = await getRecord(root);
    expect(rootRecord.replyCount).toBe(0);
    expect(rootRecord.descendantCount).toBe(1);
    expect((await getRecord(middle)).body).toBe('');
    expect((await getReview()).commentCount).toBe(2);

    const page = await thread();
    expect(page.items.map((c) => c.id)).toEqual([root, middle, reply]);
    expect(page.items[1]?.deleted).toBe(true);
    expect(page.commentCount).toBe(2);
  });

  it('makes a deleted leaf vanish, and a placeholder with it when its last live reply goes', async () => {
    const root = await postId();
    const middle = await postId({ parentId: root });
    const leaf = await postId({ parentId: middle });
    const sibling = await postId({ parentId: root });

    const first = await store.write((tx) => deleteComment(tx, middle, reader, T0));
    expect(first.vanishedIds).toEqual([]);
    await store.write((tx) => deleteComment(tx, root, reader, T0));

    const second = await store.write((tx) => deleteComment(tx, leaf, reader, T0));
    expect(second.vanishedIds).toEqual([leaf, middle]);
    expect((await thread()).items.map((c) => c.id)).toEqual([root, sibling]);

    const last = await store.write((tx) => deleteComment(tx, sibling, reader, T0));
    expect(last.vanishedIds).toEqual([sibling, root]);
    expect(last.commentCount).toBe(0);
    const page = await thread();
    expect(page.items).toEqual([]);
    expect(page.total).toBe(0);

    const gone = await rejection(store.read((tx) => getCommentContext(tx, leaf, reader, T0)));
    expect(gone.status).toBe(410);
    expect(gone.code).toBe('comment-deleted');
    expect((await getReview()).lastCommentNumber).toBe(4);
  });

  it('refuses a second delete (410) and deletes by non-authors (403)', async () => {
    const id = await postId({ actor: critic });
    expect((await rejection(store.write((tx) => deleteComment(tx, id, reader, T0)))).code).toBe('not-author');
    await store.write((tx) => deleteComment(tx, id, critic, at(60 * MIN)));
    expect((await rejection(store.write((tx) => deleteComment(tx, id, critic, T0)))).status).toBe(410);
    expect((await getReview()).commentCount).toBe(0);
  });
});

/** A varied thread: 23 top-level comments with 0..5 replies each, some deleted. */
async function varietyThread(): Promise<string[]> {
  const roots: string[] = [];
  for (let i = 0; i < 23; i++) {
    const root = await postId({ now: at(i * 1000) });
    roots.push(root);
    for (let j = 0; j < (i * 7) % 6; j++) await postId({ parentId: root });
  }
  // One deleted leaf (vanishes) and one deleted root with replies (placeholder).
  const root0 = roots[0] ?? '';
  await store.write((tx) => deleteComment(tx, root0, reader, T0));
  const rootWithReplies = roots[1] ?? '';
  await store.write((tx) => deleteComment(tx, rootWithReplies, reader, T0));
  return roots;
}

describe('listThread', () => {
  it.each(['oldest', 'newest', 'replies'] as const)(
    'pages through every listed top-level comment exactly once, in %s order',
    async (sort) => {
      const roots = await varietyThread();
      const records = await Promise.all(roots.map(getRecord));
      const listed = records.filter((r) => r.deletedAt === null || r.descendantCount > 0);
      expect(listed).toHaveLength(22);
      const expected = [...listed]
        .sort((a, b) =>
          sort === 'oldest'
            ? a.number - b.number
            : sort === 'newest'
              ? b.number - a.number
              : b.descendantCount - a.descendantCount || a.number - b.number,
        )
        .map((r) => r.id);

      for (const limit of [1, 4, 7, 22, 100]) {
        expect(await allTopLevel(sort, limit)).toEqual(expected);
      }
      expect((await thread(sort)).total).toBe(22);
    },
  );

  it('refuses a cursor it did not hand out, or one from another sort', async () => {
    await varietyThread();
    const page = await thread('newest', undefined, 3);
    expect((await rejection(thread('oldest', page.nextCursor ?? undefined))).code).toBe('invalid-cursor');
    expect((await rejection(thread('oldest', 'not-a-cursor'))).status).toBe(400);
  });

  it('preloads sub-threads breadth-first within the caps, nested-ready, and says what is missing', async () => {
    // 30 top-level comments, each with 8 replies, each of those with 2 replies, each with 1, each with 1.
    const roots: string[] = [];
    for (let i = 0; i < 30; i++) {
      const root = await postId();
      roots.push(root);
      for (let j = 0; j < 8; j++) {
        const child = await postId({ parentId: root });
        for (let k = 0; k < 2; k++) {
          const grandchild = await postId({ parentId: child });
          const g3 = await postId({ parentId: grandchild });
          await postId({ parentId: g3 });
        }
      }
    }

    const page = await thread('oldest', undefined, 30);
    const byId = new Map(page.items.map((c) => [c.id, c]));
    expect(page.items.length).toBeLessThanOrEqual(THREAD_PRELOAD.maxItems);
    expect(page.items.length).toBe(THREAD_PRELOAD.maxItems);
    expect(byId.size).toBe(page.items.length);
    expect(page.items.filter((c) => c.parentId === null).map((c) => c.id)).toEqual(roots);

    const loadedChildren = new Map<string, number>();
    for (const [index, c] of page.items.entries()) {
      expect(c.depth).toBeLessThanOrEqual(THREAD_PRELOAD.depth);
      if (c.parentId === null) continue;
      const parentIndex = page.items.findIndex((p) => p.id === c.parentId);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
      loadedChildren.set(c.parentId, (loadedChildren.get(c.parentId) ?? 0) + 1);
    }
    for (const count of loadedChildren.values()) expect(count).toBeLessThanOrEqual(THREAD_PRELOAD.perParent);
    // Breadth-first: every root got its first replies before any grandchild was loaded.
    for (const root of roots) expect(loadedChildren.get(root)).toBe(THREAD_PRELOAD.perParent);

    expectMoreRepliesConsistent(page.items, page.moreReplies);
    // Following each cursor yields exactly the missing replies.
    const [withCursor] = Object.entries(page.moreReplies).filter(([, m]) => m.cursor !== null);
    expect(withCursor).toBeDefined();
    if (withCursor) {
      const [parentId, more] = withCursor;
      const rest = await store.read((tx) =>
        listReplies(tx, parentId, { cursor: more.cursor ?? undefined, limit: 100 }, reader, T0),
      );
      const restRoots = rest.items.filter((c) => c.parentId === parentId);
      expect(restRoots.length + (loadedChildren.get(parentId) ?? 0)).toBe(rest.total);
      expect(restRoots.every((c) => !byId.has(c.id))).toBe(true);
    }
  });

  it('answers a big thread without reading every comment into the page', async () => {
    const root = await postId();
    for (let j = 0; j < 300; j++) await postId({ parentId: root });
    const page = await thread();
    expect(page.items.length).toBe(1 + THREAD_PRELOAD.perParent);
    expect(page.moreReplies[root]?.remaining).toBe(300 - THREAD_PRELOAD.perParent);
    expect(page.commentCount).toBe(301);
  });
});

/** Every comment with unloaded listed replies has an entry, with the right count; no others do. */
function expectMoreRepliesConsistent(items: readonly Comment[], moreReplies: MoreReplies) {
  const ids = new Set(items.map((c) => c.id));
  for (const c of items) {
    const loadedLive = countLoadedLiveBelow(items, c.id);
    const missing = c.descendantCount - loadedLive;
    if (missing > 0) {
      // Either this comment's own replies are incomplete, or a loaded reply's are.
      const own = moreReplies[c.id]?.remaining ?? 0;
      const below = items
        .filter((d) => d.id !== c.id && isBelow(items, d, c.id))
        .reduce((n, d) => n + (moreReplies[d.id]?.remaining ?? 0), 0);
      expect(own + below).toBe(missing);
    } else {
      expect(moreReplies[c.id]).toBeUndefined();
    }
  }
  for (const id of Object.keys(moreReplies)) expect(ids.has(id)).toBe(true);
}

function isBelow(items: readonly Comment[], c: Comment, ancestorId: string): boolean {
  const byId = new Map(items.map((x) => [x.id, x]));
  let parentId = c.parentId;
  while (parentId !== null) {
    if (parentId === ancestorId) return true;
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return false;
}

function countLoadedLiveBelow(items: readonly Comment[], ancestorId: string): number {
  return items.filter((c) => !c.deleted && isBelow(items, c, ancestorId)).length;
}

describe('listReplies', () => {
  it('pages direct replies oldest first, each exactly once, with a total', async () => {
    const root = await postId();
    const children: string[] = [];
    for (let j = 0; j < 25; j++) {
      const child = await postId({ parentId: root });
      children.push(child);
      if (j % 4 === 0) await postId({ parentId: child });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.read((tx) => listReplies(tx, root, { cursor, limit: 10 }, reader, T0));
      expect(repliesPageSchema.parse(page)).toEqual(page);
      expect(page.total).toBe(25);
      seen.push(...page.items.filter((c) => c.parentId === root).map((c) => c.id));
      expect(page.items.length).toBeLessThanOrEqual(REPLIES_PRELOAD.maxItems);
      expectMoreRepliesConsistent(page.items, page.moreReplies);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual(children);
  });

  it('answers 404 for an unknown comment', async () => {
    const error = await rejection(store.read((tx) => listReplies(tx, 'c-nope', { limit: 10 }, reader, T0)));
    expect(error.status).toBe(404);
  });
});

describe('getCommentContext', () => {
  it('returns the ancestor chain root first, the comment and its first replies', async () => {
    const chain: string[] = [];
    let parentId: string | null = null;
    for (let depth = 0; depth <= 10; depth++) {
      // Noise: siblings at every level, so the chain is not simply "everything".
      await postId({ parentId });
      const id = await postId({ parentId });
      chain.push(id);
      parentId = id;
    }
    const target = chain[10] ?? '';
    const replies: string[] = [];
    for (let j = 0; j < 12; j++) replies.push(await postId({ parentId: target }));

    const context = await store.read((tx) => getCommentContext(tx, target, reader, T0));
    expect(commentContextSchema.parse(context)).toEqual(context);
    expect(context.reviewSlug).toBe('open-review');
    expect(context.comment.id).toBe(target);
    expect(context.comment.depth).toBe(10);
    expect(context.ancestors.map((c) => c.id)).toEqual(chain.slice(0, 10));
    expect(context.ancestors.map((c) => c.depth)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(context.replies.parentId).toBe(target);
    expect(context.replies.total).toBe(12);
    expect(context.replies.items.map((c) => c.id)).toEqual(replies.slice(0, 10));
    expect(context.replies.nextCursor).not.toBeNull();
  });

  it('shows a deleted comment that still has replies as a placeholder', async () => {
    const root = await postId();
    await postId({ parentId: root });
    await store.write((tx) => deleteComment(tx, root, reader, T0));
    const context = await store.read((tx) => getCommentContext(tx, root, reader, T0));
    expect(context.comment.deleted).toBe(true);
    expect(context.comment.body).toBe('');
    expect(context.replies.items).toHaveLength(1);
  });
});
