import type { Comment, MoreReplies } from '../../../contract/comments';

/*
 * Building the discussion tree from everything the client has seen of it.
 *
 * The API hands out comments in several shapes: pages of the top level (with
 * their sub-threads preloaded), pages of one comment's replies, a permalink's
 * context, and single comments answered by posts, edits and deletes. Each is
 * a batch: an observation of some comments at a moment. A comment can be in
 * many batches; the latest observation wins (ties go to the batch given
 * later). Children are ordered by number (replies are oldest first) and the
 * top level keeps the order of the thread pages (the chosen sort).
 *
 * Everything is one pass over the items plus one over the nodes: O(n).
 */

export interface CommentBatch {
  /** When the server state was read (ms); later observations of a comment replace earlier ones. */
  at: number;
  items: readonly Comment[];
  /** Cursor hints for comments in `items` whose replies are not all in `items` (API pages). */
  moreReplies?: MoreReplies;
  /**
   * True for API pages: a comment in `items` without a `moreReplies` entry has
   * all its listed replies in `items`. False (absent) for single results.
   */
  complete?: boolean;
  /** For a page of one comment's replies: that comment, and where its next page starts (null: no more). */
  continuation?: { parentId: string; nextCursor: string | null };
  /** Comments that stopped being listed as of `at` (deleted without live replies). */
  removedIds?: readonly string[];
}

export interface MoreRepliesInfo {
  /** For GET /api/comments/:id/replies; null starts from the first reply (duplicates are dropped). */
  cursor: string | null;
  /** Live comments in the replies not loaded yet, their sub-threads included (at least 1). */
  remaining: number;
}

export interface ThreadNode {
  comment: Comment;
  /** Loaded direct replies, oldest first. */
  children: ThreadNode[];
  /** How to load the rest of the direct replies, when some are missing. */
  more: MoreRepliesInfo | null;
}

export interface ThreadTree {
  byId: ReadonlyMap<string, ThreadNode>;
  /** Top-level comments to show: pinned ones first, then the thread pages' in page order. */
  roots: readonly ThreadNode[];
  /** Loaded replies whose parent is not loaded (or no longer listed): not shown. */
  orphans: readonly Comment[];
}

export interface BuildTreeInput {
  /** Thread pages, in page order. */
  pages: readonly CommentBatch[];
  /** Everything else: reply pages, permalink contexts, local results. */
  extras?: readonly CommentBatch[];
  /**
   * Top-level comments to show before the pages' ones when loaded (own new
   * comments, a permalink's thread that is on a page not loaded yet).
   */
  pinnedRootIds?: readonly string[];
  /** Top-level comments to show after the pages' ones (new comments at the end of an oldest-first thread). */
  trailingRootIds?: readonly string[];
}

interface Seen {
  comment: Comment;
  at: number;
}

/** Live comments a loaded child accounts for: itself (unless deleted) and everything below it. */
export function weightOf(comment: Comment): number {
  return (comment.deleted ? 0 : 1) + comment.descendantCount;
}

export function buildThreadTree({
  pages,
  extras = [],
  pinnedRootIds = [],
  trailingRootIds = [],
}: BuildTreeInput): ThreadTree {
  const latest = new Map<string, Seen>();
  const firstSeen: string[] = [];
  const pageRoots: string[] = [];
  const removedAt = new Map<string, number>();
  /** Per comment: the latest complete batch that held it, and its hint there. */
  const completeInfo = new Map<string, { at: number; cursor: string | null; hinted: boolean }>();
  const continuations = new Map<string, { at: number; nextCursor: string | null }>();

  const take = (batch: CommentBatch, isPage: boolean) => {
    for (const comment of batch.items) {
      const seen = latest.get(comment.id);
      if (!seen) firstSeen.push(comment.id);
      if (!seen || batch.at >= seen.at) latest.set(comment.id, { comment, at: batch.at });
      if (isPage && comment.parentId === null) pageRoots.push(comment.id);
      if (batch.complete) {
        const info = completeInfo.get(comment.id);
        if (!info || batch.at >= info.at) {
          const hint = batch.moreReplies?.[comment.id];
          completeInfo.set(comment.id, { at: batch.at, cursor: hint?.cursor ?? null, hinted: !!hint });
        }
      }
    }
    for (const id of batch.removedIds ?? []) {
      if ((removedAt.get(id) ?? -Infinity) <= batch.at) removedAt.set(id, batch.at);
    }
    const cont = batch.continuation;
    if (cont) {
      const known = continuations.get(cont.parentId);
      if (!known || batch.at >= known.at)
        continuations.set(cont.parentId, { at: batch.at, nextCursor: cont.nextCursor });
    }
  };
  for (const page of pages) take(page, true);
  for (const extra of extras) take(extra, false);

  const byId = new Map<string, ThreadNode>();
  for (const id of firstSeen) {
    const seen = latest.get(id);
    if (!seen) continue;
    const removed = removedAt.get(id);
    if (removed !== undefined && removed >= seen.at) continue;
    byId.set(id, { comment: seen.comment, children: [], more: null });
  }

  const orphans: Comment[] = [];
  for (const node of byId.values()) {
    const parentId = node.comment.parentId;
    if (parentId === null) continue;
    const parent = byId.get(parentId);
    if (parent) parent.children.push(node);
    else orphans.push(node.comment);
  }

  for (const node of byId.values()) {
    const { children } = node;
    let sorted = true;
    let covered = 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      covered += weightOf(child.comment);
      const before = children[i - 1];
      if (before && before.comment.number > child.comment.number) sorted = false;
    }
    if (!sorted) children.sort((a, b) => a.comment.number - b.comment.number);
    node.more = moreInfo(
      node,
      covered,
      continuations.get(node.comment.id),
      completeInfo.get(node.comment.id),
    );
  }

  const roots: ThreadNode[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    const node = byId.get(id);
    if (!node || node.comment.parentId !== null || placed.has(id)) return;
    placed.add(id);
    roots.push(node);
  };
  for (const id of pinnedRootIds) place(id);
  for (const id of pageRoots) place(id);
  for (const id of trailingRootIds) place(id);

  return { byId, roots, orphans };
}

function moreInfo(
  node: ThreadNode,
  covered: number,
  continuation: { nextCursor: string | null } | undefined,
  complete: { cursor: string | null; hinted: boolean } | undefined,
): MoreRepliesInfo | null {
  const remaining = node.comment.descendantCount - covered;
  // A page of this comment's replies was loaded: its cursor is the truth.
  if (continuation) {
    return continuation.nextCursor === null
      ? null
      : { cursor: continuation.nextCursor, remaining: Math.max(1, remaining) };
  }
  // A page held this comment: it either listed all its replies or said where the rest start.
  if (complete)
    return complete.hinted ? { cursor: complete.cursor, remaining: Math.max(1, remaining) } : null;
  // Only seen on its own (a context's ancestor, a local result): trust the counts.
  return remaining > 0 ? { cursor: null, remaining } : null;
}

/** The chain from the top-level comment down to `id` (inclusive), or [] when not loaded. */
export function pathTo(tree: ThreadTree, id: string): ThreadNode[] {
  const path: ThreadNode[] = [];
  let node = tree.byId.get(id);
  while (node) {
    path.push(node);
    const parentId: string | null = node.comment.parentId;
    node = parentId === null ? undefined : tree.byId.get(parentId);
    if (path.length > 100_000) break;
  }
  return path.reverse();
}
