import type { Comment } from '../../../contract/comments';
import { formatCount } from '../../../lib/format';
import type { PendingLike } from './flatten';
import type { CommentBatch } from './tree';
import { cleanCommentBody } from './validate';

/*
 * Comments other tabs post while the reader is here. Each backend event
 * names one comment; the page fetches it with its chain of ancestors (the
 * context endpoint) and holds it back: nothing moves on screen until the
 * reader asks ("N new comments"). Then each goes in where it belongs.
 *
 * The tab that posts hears its own event too, possibly before its own post
 * is confirmed. Those comments are not new to this reader: they are already
 * on screen as "Sending…" rows, and become the reader's own confirmed
 * comments a moment later.
 */

export interface IncomingComment {
  comment: Comment;
  /** From the top-level comment down to the parent (empty for a top-level comment). */
  ancestors: readonly Comment[];
  /** When it was fetched (ms): see CommentBatch.at. */
  at: number;
}

/** A post of this tab not confirmed yet: enough to recognise it when its event arrives first. */
export interface OwnPendingLike extends PendingLike {
  body: string;
}

export interface FreshContext {
  /** The comment is already in the tree on screen. */
  isShown: (commentId: string) => boolean;
  /** Comments this tab posted (confirmed). */
  ownNewIds: ReadonlySet<string>;
  /** Posts this tab is sending (or failed to confirm): they may already exist on the server. */
  pending: readonly OwnPendingLike[];
}

/** Add or refresh an incoming comment: one entry per comment, the latest fetch wins, first arrival keeps its place. */
export function mergeIncoming(
  list: readonly IncomingComment[],
  next: IncomingComment,
): readonly IncomingComment[] {
  const index = list.findIndex((item) => item.comment.id === next.comment.id);
  if (index < 0) return [...list, next];
  const current = list[index];
  if (current && current.at > next.at) return list;
  const copy = [...list];
  copy[index] = next;
  return copy;
}

function isOwnPending(comment: Comment, pending: readonly OwnPendingLike[]): boolean {
  return pending.some(
    (p) => p.parentId === comment.parentId && !comment.deleted && cleanCommentBody(p.body) === comment.body,
  );
}

/**
 * The incoming comments that are new to this reader, in arrival order: not
 * on screen already, not this tab's own posts, not deleted meanwhile.
 */
export function freshIncoming(list: readonly IncomingComment[], ctx: FreshContext): IncomingComment[] {
  return list.filter(
    ({ comment }) =>
      !comment.deleted &&
      !ctx.isShown(comment.id) &&
      !ctx.ownNewIds.has(comment.id) &&
      !isOwnPending(comment, ctx.pending),
  );
}

/** What revealing them adds to the tree: each comment with its chain, as observed when fetched. */
export function incomingBatches(list: readonly IncomingComment[]): CommentBatch[] {
  return list.map(({ comment, ancestors, at }) => ({ at, items: [...ancestors, comment] }));
}

/** "1 new comment", "3 new comments" */
export function newCommentsText(count: number): string {
  return count === 1 ? '1 new comment' : `${formatCount(count)} new comments`;
}
