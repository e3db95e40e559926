import {
  COMMENT_PROBLEM_CODES as CODES,
  EDIT_WINDOW_MINUTES,
  MODERATION_PROBLEM_CODES,
  REPLIES_PAGE_SIZE,
  REPLIES_PRELOAD,
  THREAD_PRELOAD,
  guestTokenSchema,
  type Comment,
  type CommentContext,
  type CreateCommentBody,
  type DeleteCommentResult,
  type MoreReplies,
  type PreloadPolicy,
  type RepliesPage,
  type RepliesQuery,
  type ThreadPage,
  type ThreadQuery,
  type ThreadSort,
  type UpdateCommentBody,
} from '../../src/contract/comments';
import { displayNameSchema } from '../../src/contract/text';
import type {
  CommentAuthorRecord,
  CommentRecord,
  ReviewRow,
  StoreTx,
  UserRecord,
  UserRole,
} from '../store/types';
import { DomainError, zodToFieldErrors } from './errors';
import { getReviewRow } from './reviews';

/*
 * Discussion threads over the store. Plain functions over a StoreTx: the
 * handlers parse requests with the contract, open a transaction and call these.
 * Counting rules and visibility are documented in src/contract/comments.ts.
 */

export const EDIT_WINDOW_MS = EDIT_WINDOW_MINUTES * 60 * 1000;
export { THREAD_PRELOAD, REPLIES_PRELOAD };

/**
 * Who is asking, as the handlers establish it (session or guest token header).
 * A guest's token is opaque and per browser; it is what makes a guest the
 * owner of their comments.
 */
export type Actor =
  | { kind: 'guest'; guestName: string | null; guestToken: string }
  | { kind: 'user'; userId: string; role: UserRole };

export interface CommentViewContext {
  /** The account that speaks for the review's author, if any. */
  reviewAuthorUserId: string | null;
  users: ReadonlyMap<string, UserRecord>;
  actor: Actor;
  now: Date;
}

export interface PostCommentResult {
  comment: Comment;
  /** false when an earlier request with the same clientId created it (answer 200, not 201). */
  created: boolean;
}

// -------------------------------------------------------------- visibility

/** Listed in threads: live, or deleted but still holding live replies below. */
export function isListed(record: CommentRecord): boolean {
  return record.deletedAt === null || record.descendantCount > 0;
}

const isLive = (record: CommentRecord): boolean => record.deletedAt === null;

/** Hidden by a moderator (and not restored). Hidden comments stay listed and counted, as placeholders. */
export const isHidden = (record: CommentRecord): boolean => Boolean(record.hiddenAt);

export const isModerator = (actor: Actor): boolean => actor.kind === 'user' && actor.role === 'moderator';

export function isAuthor(record: CommentRecord, actor: Actor): boolean {
  if (record.author.kind === 'user') return actor.kind === 'user' && actor.userId === record.author.userId;
  return actor.kind === 'guest' && record.guestToken !== undefined && record.guestToken === actor.guestToken;
}

export interface CommentPermissions {
  canEdit: boolean;
  /** ISO end of the edit window, only while `canEdit`. */
  editableUntil: string | null;
  canDelete: boolean;
  /** A moderator may hide or restore any comment that is not deleted. */
  canModerate: boolean;
  /** May read a hidden comment's text: moderators and its author. */
  canSeeHidden: boolean;
}

/**
 * What the actor may do to a comment. The one place that decides it: the
 * views, editComment and deleteComment all ask here, so moderator rights are
 * added here and nowhere else.
 */
export function commentPermissions(record: CommentRecord, actor: Actor, now: Date): CommentPermissions {
  const canModerate = isLive(record) && isModerator(actor);
  const author = isAuthor(record, actor);
  const canSeeHidden = canModerate || author;
  if (!isLive(record) || !author)
    return { canEdit: false, editableUntil: null, canDelete: false, canModerate, canSeeHidden };
  const until = editWindowEnd(record);
  // A hidden comment cannot be edited: what the moderator hid stays what they saw.
  const canEdit = !isHidden(record) && now.getTime() < until.getTime();
  return {
    canEdit,
    editableUntil: canEdit ? until.toISOString() : null,
    canDelete: true,
    canModerate,
    canSeeHidden,
  };
}

export function editWindowEnd(record: CommentRecord): Date {
  return new Date(Date.parse(record.createdAt) + EDIT_WINDOW_MS);
}

// ------------------------------------------------------------------- views

const FORMER_MEMBER = 'Former member';

export function toApiComment(record: CommentRecord, ctx: CommentViewContext): Comment {
  const deleted = !isLive(record);
  const permissions = commentPermissions(record, ctx.actor, ctx.now);
  const hidden = !deleted && isHidden(record);
  const placeholder = deleted || (hidden && !permissions.canSeeHidden);
  return {
    id: record.id,
    reviewId: record.reviewId,
    parentId: record.parentId,
    number: record.number,
    depth: record.depth,
    author: placeholder ? redactedAuthor(record.author) : authorView(record.author, ctx),
    body: placeholder ? '' : record.body,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    deleted,
    replyCount: record.replyCount,
    descendantCount: record.descendantCount,
    editableUntil: permissions.editableUntil,
    canDelete: permissions.canDelete,
    hidden,
    canModerate: permissions.canModerate,
  };
}

function authorView(author: CommentAuthorRecord, ctx: CommentViewContext): Comment['author'] {
  if (author.kind === 'guest') {
    return { kind: 'guest', name: author.name, username: null, userId: null, isReviewAuthor: false };
  }
  const user = ctx.users.get(author.userId);
  return {
    kind: 'user',
    name: user?.displayName ?? FORMER_MEMBER,
    username: user?.username ?? null,
    userId: author.userId,
    isReviewAuthor: ctx.reviewAuthorUserId !== null && ctx.reviewAuthorUserId === author.userId,
    ...(user ? { role: user.role } : {}),
  };
}

function redactedAuthor(author: CommentAuthorRecord): Comment['author'] {
  return { kind: author.kind, name: '', username: null, userId: null, isReviewAuthor: false };
}

/**
 * The accounts behind user-authored records, looked up as records arrive: a read of a
 * sub-thread level by level asks for each level's authors while it reads the next level,
 * instead of one more round trip to the store at the end.
 */
class AuthorLookup {
  readonly #pending = new Map<string, Promise<UserRecord | undefined>>();

  constructor(
    private readonly tx: StoreTx,
    records: Iterable<CommentRecord> = [],
  ) {
    this.request(records);
  }

  /** Start looking up the authors of `records` not asked for yet. */
  request(records: Iterable<CommentRecord>): void {
    for (const r of records) {
      if (r.author.kind !== 'user' || this.#pending.has(r.author.userId)) continue;
      const user = this.tx.get('users', r.author.userId);
      // result() reports a failure; if the read fails first, result() never runs and this
      // would surface as an unhandled rejection.
      user.catch(() => undefined);
      this.#pending.set(r.author.userId, user);
    }
  }

  /** Every account requested so far, by id (authors whose account is gone are left out). */
  async result(): Promise<Map<string, UserRecord>> {
    const map = new Map<string, UserRecord>();
    for (const user of await Promise.all(this.#pending.values())) if (user) map.set(user.id, user);
    return map;
  }
}

/** The accounts behind the user-authored records, for name resolution. */
export function loadAuthors(tx: StoreTx, records: Iterable<CommentRecord>): Promise<Map<string, UserRecord>> {
  return new AuthorLookup(tx, records).result();
}

async function viewsOf(
  tx: StoreTx,
  records: readonly CommentRecord[],
  review: ReviewRow,
  actor: Actor,
  now: Date,
  authors?: AuthorLookup,
): Promise<Comment[]> {
  const ctx: CommentViewContext = {
    reviewAuthorUserId: review.author.userId,
    users: await (authors ?? new AuthorLookup(tx, records)).result(),
    actor,
    now,
  };
  return records.map((r) => toApiComment(r, ctx));
}

// ----------------------------------------------------------------- cursors

interface CursorKey {
  sort: ThreadSort;
  number: number;
  /** Only for the `replies` sort. */
  descendantCount: number;
  id: string;
}

function base64UrlEncode(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(sort: ThreadSort, record: CommentRecord): string {
  const key =
    sort === 'replies'
      ? [sort, record.descendantCount, record.number, record.id]
      : [sort, record.number, record.id];
  return base64UrlEncode(JSON.stringify(key));
}

const invalidCursor = () =>
  DomainError.badRequest(
    'Invalid cursor',
    'This page link is not one the server handed out. Reload the discussion and try again.',
    CODES.invalidCursor,
  );

function decodeCursor(cursor: string, sort: ThreadSort): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(base64UrlDecode(cursor));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort) throw invalidCursor();
  const [, ...rest] = parsed as unknown[];
  const [descendantCount, number, id] = sort === 'replies' ? rest : [0, ...rest];
  if (
    typeof number !== 'number' ||
    !Number.isSafeInteger(number) ||
    typeof descendantCount !== 'number' ||
    !Number.isSafeInteger(descendantCount) ||
    typeof id !== 'string'
  ) {
    throw invalidCursor();
  }
  return { sort, number, descendantCount, id };
}

// ----------------------------------------------------------------- reading

/*
 * A page is a bounded range read of an index over [reviewId, parentKey, …] (see Indexes in
 * mocks/store/types.ts), never a read of every child: opening a 10,000-comment thread reads
 * about as many records as opening a 10-comment one. Only the deleted comments left with no
 * replies (not listed) are read and skipped on the way.
 */

/**
 * Listed records from successive index pages, starting after number `start`, until `want`
 * are found or the range ends. `read` fetches one page after a comment number.
 */
async function collectListed(
  want: number,
  start: number | undefined,
  read: (afterNumber: number | undefined, limit: number) => Promise<CommentRecord[]>,
): Promise<CommentRecord[]> {
  const out: CommentRecord[] = [];
  let after = start;
  while (out.length < want) {
    const need = want - out.length;
    const rows = await read(after, need);
    for (const row of rows) if (isListed(row)) out.push(row);
    const last = rows.at(-1);
    if (rows.length < need || !last) break;
    after = last.number;
  }
  return out;
}

/** Up to `want` listed children of one parent ('' for top level) by number, after number `afterNumber`. */
function childrenByNumber(
  tx: StoreTx,
  reviewId: string,
  parentKey: string,
  direction: 'next' | 'prev',
  afterNumber: number | undefined,
  want: number,
): Promise<CommentRecord[]> {
  return collectListed(want, afterNumber, (after, limit) =>
    tx.getPageByIndex('comments', 'byParentNumber', {
      prefix: [reviewId, parentKey],
      ...(after === undefined ? {} : { after: [reviewId, parentKey, after] }),
      direction,
      limit,
    }),
  );
}

/**
 * Up to `want` listed children in the `replies` order (most replies below first, then oldest
 * first) after a cursor. An index reads one way only, and this order is descending in one
 * component and ascending in the next, so it walks byParentDescendants one descendantCount at
 * a time: each group ascending, then one record read backwards to find the next group down.
 */
async function childrenByReplies(
  tx: StoreTx,
  reviewId: string,
  parentKey: string,
  after: CursorKey | null,
  want: number,
): Promise<CommentRecord[]> {
  const below = async (group: number | undefined) => {
    const [next] = await tx.getPageByIndex('comments', 'byParentDescendants', {
      prefix: [reviewId, parentKey],
      ...(group === undefined ? {} : { after: [reviewId, parentKey, group] }),
      direction: 'prev',
      limit: 1,
    });
    return next?.descendantCount;
  };
  const out: CommentRecord[] = [];
  let group = after ? after.descendantCount : await below(undefined);
  let afterNumber = after?.number;
  while (group !== undefined && out.length < want) {
    const descendantCount = group;
    const rows = await collectListed(want - out.length, afterNumber, (from, limit) =>
      tx.getPageByIndex('comments', 'byParentDescendants', {
        prefix: [reviewId, parentKey, descendantCount],
        ...(from === undefined ? {} : { after: [reviewId, parentKey, descendantCount, from] }),
        limit,
      }),
    );
    out.push(...rows);
    if (out.length >= want) break;
    group = await below(descendantCount);
    afterNumber = undefined;
  }
  return out;
}

/** One keyset page of listed children in the given order (see encodeCursor). */
async function keysetPage(
  tx: StoreTx,
  reviewId: string,
  parentKey: string,
  sort: ThreadSort,
  after: CursorKey | null,
  limit: number,
): Promise<{ rows: CommentRecord[]; nextCursor: string | null }> {
  // One more than the page says whether anything follows it.
  const found =
    sort === 'replies'
      ? await childrenByReplies(tx, reviewId, parentKey, after, limit + 1)
      : await childrenByNumber(
          tx,
          reviewId,
          parentKey,
          sort === 'oldest' ? 'next' : 'prev',
          after?.number,
          limit + 1,
        );
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > limit && last ? encodeCursor(sort, last) : null };
}

/** How many children of one parent are listed, counted from two indexes without reading a record. */
async function countListed(tx: StoreTx, reviewId: string, parentKey: string): Promise<number> {
  const [all, unlisted] = await Promise.all([
    tx.countByIndex('comments', 'byParent', [reviewId, parentKey]),
    // Deleted with no live reply below: descendantCount 0 in the deleted-only index.
    tx.countByIndexPrefix('comments', 'byParentDeleted', [reviewId, parentKey, 0]),
  ]);
  return all - unlisted;
}

interface Preloaded {
  /** Tree order: each root followed by its loaded sub-thread. */
  records: CommentRecord[];
  moreReplies: MoreReplies;
}

/**
 * Loads replies below `roots` breadth-first within the policy (see
 * PreloadPolicy in the contract), then lays them out in tree order and says,
 * per comment, how to fetch the replies that did not fit.
 */
async function preload(
  tx: StoreTx,
  reviewId: string,
  roots: readonly CommentRecord[],
  policy: PreloadPolicy,
  authors: AuthorLookup,
): Promise<Preloaded> {
  authors.request(roots);
  const loaded = new Map<string, CommentRecord[]>();
  /** Parents with listed replies beyond the loaded ones. */
  const cutShort = new Set<string>();
  let budget = policy.maxItems - roots.length;
  let frontier: readonly CommentRecord[] = roots;
  for (let level = 1; level <= policy.depth && budget > 0 && frontier.length > 0; level++) {
    // Each parent that gets anything takes at least one slot: no use fetching more parents than slots.
    const parents = frontier.filter((p) => p.descendantCount > 0).slice(0, budget);
    // No parent can take more than this; one more says whether any are left.
    const room = Math.min(policy.perParent, budget);
    const lists = await Promise.all(
      parents.map((p) => childrenByNumber(tx, reviewId, p.id, 'next', undefined, room + 1)),
    );
    const next: CommentRecord[] = [];
    parents.forEach((parent, i) => {
      const listed = lists[i] ?? [];
      const take = listed.slice(0, Math.max(0, Math.min(policy.perParent, budget)));
      budget -= take.length;
      loaded.set(parent.id, take);
      if (listed.length > take.length) cutShort.add(parent.id);
      next.push(...take);
    });
    authors.request(next);
    frontier = next;
  }

  const records: CommentRecord[] = [];
  const moreReplies: MoreReplies = {};
  const visit = (record: CommentRecord) => {
    records.push(record);
    const children = loaded.get(record.id);
    for (const child of children ?? []) visit(child);
    if (children === undefined) {
      if (record.descendantCount > 0)
        moreReplies[record.id] = { cursor: null, remaining: record.descendantCount };
      return;
    }
    if (!cutShort.has(record.id)) return;
    // Every live reply below a comment is one of its children or below one, so what the
    // children not loaded hold is its descendantCount less what the loaded ones account for.
    const shown = children.reduce((n, c) => n + (isLive(c) ? 1 : 0) + c.descendantCount, 0);
    const last = children.at(-1);
    moreReplies[record.id] = {
      cursor: last ? encodeCursor('oldest', last) : null,
      remaining: record.descendantCount - shown,
    };
  };
  for (const root of roots) visit(root);
  return { records, moreReplies };
}

/** A page of top-level comments with their sub-threads preloaded (see threadPageSchema). */
export async function listThread(
  tx: StoreTx,
  reviewSlug: string,
  query: ThreadQuery,
  actor: Actor,
  now: Date,
): Promise<ThreadPage> {
  const review = await getReviewRow(tx, reviewSlug);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort);
  const [{ rows, nextCursor }, total] = await Promise.all([
    keysetPage(tx, review.id, '', query.sort, after, query.limit),
    countListed(tx, review.id, ''),
  ]);
  const authors = new AuthorLookup(tx);
  const { records, moreReplies } = await preload(tx, review.id, rows, THREAD_PRELOAD, authors);
  return {
    reviewId: review.id,
    reviewSlug: review.slug,
    sort: query.sort,
    items: await viewsOf(tx, records, review, actor, now, authors),
    moreReplies,
    nextCursor,
    total,
    commentCount: review.commentCount,
    reviewCommentsOpen: review.commentsOpen,
  };
}

async function requireComment(tx: StoreTx, id: string): Promise<CommentRecord> {
  const record = await tx.get('comments', id);
  if (!record)
    throw DomainError.notFound('Comment not found', 'There is no such comment.', CODES.commentNotFound);
  return record;
}

async function reviewOf(tx: StoreTx, record: CommentRecord): Promise<ReviewRow> {
  const review = await tx.get('reviews', record.reviewId);
  if (!review) throw new Error(`Comment ${record.id} belongs to missing review ${record.reviewId}`);
  return review;
}

const vanished = () =>
  DomainError.gone(
    'Comment deleted',
    'This comment was deleted and has no replies left.',
    CODES.commentDeleted,
  );

async function repliesPage(
  tx: StoreTx,
  parent: CommentRecord,
  review: ReviewRow,
  query: RepliesQuery,
  actor: Actor,
  now: Date,
): Promise<RepliesPage> {
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, 'oldest');
  const [{ rows, nextCursor }, total] = await Promise.all([
    keysetPage(tx, parent.reviewId, parent.id, 'oldest', after, query.limit),
    countListed(tx, parent.reviewId, parent.id),
  ]);
  const authors = new AuthorLookup(tx);
  const { records, moreReplies } = await preload(tx, parent.reviewId, rows, REPLIES_PRELOAD, authors);
  return {
    parentId: parent.id,
    items: await viewsOf(tx, records, review, actor, now, authors),
    moreReplies,
    nextCursor,
    total,
  };
}

/** A page of a comment's direct replies, oldest first, with their replies preloaded. */
export async function listReplies(
  tx: StoreTx,
  commentId: string,
  query: RepliesQuery,
  actor: Actor,
  now: Date,
): Promise<RepliesPage> {
  const parent = await requireComment(tx, commentId);
  if (!isListed(parent)) throw vanished();
  return repliesPage(tx, parent, await reviewOf(tx, parent), query, actor, now);
}

/** A comment with its ancestors and first replies, for permalinks (see commentContextSchema). */
export async function getCommentContext(
  tx: StoreTx,
  commentId: string,
  actor: Actor,
  now: Date,
): Promise<CommentContext> {
  const record = await requireComment(tx, commentId);
  if (!isListed(record)) throw vanished();
  const review = await reviewOf(tx, record);
  const chain = await ancestorsOf(tx, record);
  chain.reverse();
  const [comment, ...ancestors] = await viewsOf(tx, [record, ...chain], review, actor, now);
  if (!comment) throw new Error('unreachable: the comment itself is always viewed');
  return {
    reviewId: review.id,
    reviewSlug: review.slug,
    ancestors,
    comment,
    replies: await repliesPage(tx, record, review, { limit: REPLIES_PAGE_SIZE }, actor, now),
    commentCount: review.commentCount,
    reviewCommentsOpen: review.commentsOpen,
  };
}

/** Parent first, top-level comment last. */
async function ancestorsOf(tx: StoreTx, record: CommentRecord): Promise<CommentRecord[]> {
  const chain: CommentRecord[] = [];
  let parentId = record.parentId;
  while (parentId !== null) {
    const parent = await tx.get('comments', parentId);
    if (!parent) throw new Error(`Comment ${record.id} has missing ancestor ${parentId}`);
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain;
}

// ----------------------------------------------------------------- writing

/** Id of the comment numbered `number` in a review; unique because numbers are never reused. */
export function newCommentId(reviewId: string, number: number): string {
  return `c-${reviewId}-${number}`;
}

function authorFor(
  actor: Actor,
  input: CreateCommentBody,
): { author: CommentAuthorRecord; guestToken?: string } {
  if (actor.kind === 'user') return { author: { kind: 'user', userId: actor.userId } };
  if (!guestTokenSchema.safeParse(actor.guestToken).success) {
    throw DomainError.unauthorized(
      'Guest token missing',
      'The request did not say which browser it comes from, so the comment could not be yours to edit later. Reload the page and try again.',
      CODES.guestTokenRequired,
    );
  }
  const name = displayNameSchema.safeParse(input.guestName ?? actor.guestName ?? '');
  if (!name.success) {
    const messages = zodToFieldErrors(name.error)[''] ?? ['Give a display name to comment as a guest.'];
    throw DomainError.unprocessable(
      'Display name needed',
      'Give a display name to comment as a guest, or sign in.',
      CODES.guestNameRequired,
      { guestName: messages },
    );
  }
  return { author: { kind: 'guest', name: name.data }, guestToken: actor.guestToken };
}

function sameAuthor(record: CommentRecord, actor: Actor): boolean {
  return isAuthor(record, actor);
}

/**
 * Post a comment or a reply. Idempotent on `clientId`: a repeat from the same
 * author answers the comment the first request created (`created: false`),
 * even if the review has closed since.
 */
export async function postComment(
  tx: StoreTx,
  reviewSlug: string,
  input: CreateCommentBody,
  actor: Actor,
  now: Date,
): Promise<PostCommentResult> {
  const review = await getReviewRow(tx, reviewSlug);

  const earlier = await tx.getByIndex('comments', 'byClientId', input.clientId);
  if (earlier) {
    if (!sameAuthor(earlier, actor) || earlier.reviewId !== review.id) {
      throw DomainError.conflict(
        'Duplicate comment id',
        'Another comment already uses this clientId. Generate a new one for each new comment.',
        CODES.clientIdConflict,
      );
    }
    const [comment] = await viewsOf(tx, [earlier], review, actor, now);
    if (!comment) throw new Error('unreachable: one record gives one view');
    return { comment, created: false };
  }

  if (!review.commentsOpen) throw commentsClosed();
  const { author, guestToken } = authorFor(actor, input);

  let parent: CommentRecord | null = null;
  if (input.parentId !== null) {
    const found = await tx.get('comments', input.parentId);
    if (!found || found.reviewId !== review.id) {
      throw DomainError.unprocessable(
        'Nothing to reply to',
        'The comment you are replying to does not exist in this discussion.',
        CODES.parentMissing,
        { parentId: ['The comment you are replying to does not exist.'] },
      );
    }
    if (!isLive(found)) {
      throw DomainError.unprocessable(
        'Comment deleted',
        'The comment you are replying to has been deleted. Your text is kept: post it as a new comment or reply elsewhere.',
        CODES.parentDeleted,
        { parentId: ['The comment you are replying to has been deleted.'] },
      );
    }
    if (isHidden(found)) {
      throw DomainError.unprocessable(
        'Comment hidden',
        'A moderator hid the comment you are replying to, so it takes no replies. Your text is kept.',
        MODERATION_PROBLEM_CODES.parentHidden,
        { parentId: ['The comment you are replying to was hidden by a moderator.'] },
      );
    }
    parent = found;
  }

  const number = review.lastCommentNumber + 1;
  let id = newCommentId(review.id, number);
  if (await tx.get('comments', id)) id = `${id}-${input.clientId}`;
  const record: CommentRecord = {
    id,
    reviewId: review.id,
    parentId: parent?.id ?? null,
    parentKey: parent?.id ?? '',
    number,
    depth: parent ? parent.depth + 1 : 0,
    author,
    body: input.body,
    createdAt: now.toISOString(),
    editedAt: null,
    deletedAt: null,
    clientId: input.clientId,
    replyCount: 0,
    descendantCount: 0,
    ...(guestToken !== undefined ? { guestToken } : {}),
  };

  const writes: Promise<void>[] = [tx.put('comments', record)];
  if (parent) {
    const ancestors = [parent, ...(await ancestorsOf(tx, parent))];
    for (const ancestor of ancestors) {
      ancestor.descendantCount += 1;
      if (ancestor.id === parent.id) ancestor.replyCount += 1;
      writes.push(tx.put('comments', ancestor));
    }
  }
  writes.push(
    tx.put('reviews', { ...review, commentCount: review.commentCount + 1, lastCommentNumber: number }),
  );
  await Promise.all(writes);

  const [comment] = await viewsOf(tx, [record], review, actor, now);
  if (!comment) throw new Error('unreachable: one record gives one view');
  return { comment, created: true };
}

function commentsClosed(): DomainError {
  return DomainError.conflict(
    'Comments closed',
    'This review is closed for comments. Nothing you typed was lost.',
    CODES.commentsClosed,
  );
}

function notAuthor(action: 'edit' | 'delete'): DomainError {
  return DomainError.forbidden(
    'Not your comment',
    `Only its author can ${action} a comment.`,
    CODES.notAuthor,
  );
}

const alreadyDeleted = () =>
  DomainError.gone('Comment deleted', 'This comment has already been deleted.', CODES.commentDeleted);

/**
 * Edit one's own comment within the edit window. The same text again is a
 * no-op: the comment is not marked edited.
 */
export async function editComment(
  tx: StoreTx,
  id: string,
  input: UpdateCommentBody,
  actor: Actor,
  now: Date,
): Promise<Comment> {
  const record = await requireComment(tx, id);
  if (!isLive(record)) throw alreadyDeleted();
  if (!isAuthor(record, actor)) throw notAuthor('edit');
  if (isHidden(record)) {
    throw DomainError.conflict(
      'Comment hidden',
      'A moderator hid this comment, so it can no longer be edited. You can still delete it.',
      MODERATION_PROBLEM_CODES.commentHidden,
    );
  }
  if (!commentPermissions(record, actor, now).canEdit) {
    throw DomainError.conflict(
      'Too late to edit',
      `Comments can be edited for ${EDIT_WINDOW_MINUTES} minutes after posting; the window for this one closed at ${editWindowEnd(record).toISOString()}.`,
      CODES.editWindowClosed,
    );
  }
  const review = await reviewOf(tx, record);
  if (!review.commentsOpen) throw commentsClosed();
  if (input.body !== record.body) {
    record.body = input.body;
    record.editedAt = now.toISOString();
    await tx.put('comments', record);
  }
  const [comment] = await viewsOf(tx, [record], review, actor, now);
  if (!comment) throw new Error('unreachable: one record gives one view');
  return comment;
}

/**
 * Delete one's own comment (allowed after the edit window and on closed
 * reviews). Soft: the record stays, so its number is never reused, with its
 * text erased. It shows as a placeholder while live replies remain below it.
 */
export async function deleteComment(
  tx: StoreTx,
  id: string,
  actor: Actor,
  now: Date,
): Promise<DeleteCommentResult> {
  const record = await requireComment(tx, id);
  if (!isLive(record)) throw alreadyDeleted();
  if (!commentPermissions(record, actor, now).canDelete) throw notAuthor('delete');
  const review = await reviewOf(tx, record);

  record.deletedAt = now.toISOString();
  record.body = '';
  const { vanishedIds, commentCount } = await withdrawFromCounts(tx, record, review);
  const [comment] = await viewsOf(tx, [record], review, actor, now);
  if (!comment) throw new Error('unreachable: one record gives one view');
  return { comment, vanishedIds, commentCount };
}

/**
 * Saves a comment that has just stopped being live (its deletedAt set by the
 * caller) and takes it out of every count: the review's, its parent's direct
 * replies, every ancestor's replies below. Returns the comments that stop
 * being listed because of it. Any future way of taking a comment out of the
 * discussion (moderation) goes through here too.
 */
export async function withdrawFromCounts(
  tx: StoreTx,
  record: CommentRecord,
  review: ReviewRow,
): Promise<{ vanishedIds: string[]; commentCount: number }> {
  const vanishedIds: string[] = isListed(record) ? [] : [record.id];
  const writes: Promise<void>[] = [tx.put('comments', record)];
  if (record.parentId !== null) {
    const ancestors = await ancestorsOf(tx, record);
    ancestors.forEach((ancestor, i) => {
      ancestor.descendantCount = Math.max(0, ancestor.descendantCount - 1);
      if (i === 0) ancestor.replyCount = Math.max(0, ancestor.replyCount - 1);
      if (!isListed(ancestor)) vanishedIds.push(ancestor.id);
      writes.push(tx.put('comments', ancestor));
    });
  }
  const commentCount = Math.max(0, review.commentCount - 1);
  writes.push(tx.put('reviews', { ...review, commentCount }));
  await Promise.all(writes);
  return { vanishedIds, commentCount };
}

// -------------------------------------------------------------- moderation

/**
 * Hide a comment (moderators only): it stays in place, numbered and counted,
 * as a "hidden by a moderator" placeholder for everyone but moderators and
 * its author, until restored. Hiding a hidden comment changes nothing.
 */
export async function hideComment(tx: StoreTx, id: string, actor: Actor, now: Date): Promise<Comment> {
  return setHidden(tx, id, actor, now, true);
}

/** Undo hideComment (moderators only). Restoring a visible comment changes nothing. */
export async function restoreComment(tx: StoreTx, id: string, actor: Actor, now: Date): Promise<Comment> {
  return setHidden(tx, id, actor, now, false);
}

async function setHidden(tx: StoreTx, id: string, actor: Actor, now: Date, hide: boolean): Promise<Comment> {
  if (!isModerator(actor)) {
    throw DomainError.forbidden(
      'Moderators only',
      `Only moderators can ${hide ? 'hide' : 'restore'} comments.`,
      MODERATION_PROBLEM_CODES.notModerator,
    );
  }
  const record = await requireComment(tx, id);
  if (!isLive(record)) throw alreadyDeleted();
  if (isHidden(record) !== hide) {
    record.hiddenAt = hide ? now.toISOString() : null;
    record.hiddenBy = hide && actor.kind === 'user' ? actor.userId : null;
    await tx.put('comments', record);
  }
  const [comment] = await viewsOf(tx, [record], await reviewOf(tx, record), actor, now);
  if (!comment) throw new Error('unreachable: one record gives one view');
  return comment;
}
