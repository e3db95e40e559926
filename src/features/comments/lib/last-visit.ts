import type { Comment } from '../../../contract/comments';
import { readStoredJson, writeStoredJson } from '../../../lib/drafts';
import { LEVELS_PER_VIEW } from './flatten';
import type { ThreadNode } from './tree';

/*
 * "New since your last visit". Per review, this browser remembers when the
 * reader last left its discussion (leaving the page or hiding the tab, not
 * arriving: a visit cut short by a crash does not count as read). Comments
 * posted after that, by someone else, are marked new for the whole of the
 * next visit. A first visit marks nothing: everything would be new.
 */

export function lastVisitKey(reviewSlug: string): string {
  return `screening-room:last-visit:v1:${encodeURIComponent(reviewSlug)}`;
}

/** ms since the epoch, or null when this browser never left this discussion (or storage refuses). */
export function readLastVisit(reviewSlug: string): number | null {
  const value = readStoredJson(lastVisitKey(reviewSlug));
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function writeLastVisit(reviewSlug: string, at: number): void {
  writeStoredJson(lastVisitKey(reviewSlug), at);
}

/** The reader's own comment: only its author may delete it (a moderator hides instead). */
export function isOwnComment(comment: Comment, userId: string | null): boolean {
  if (comment.canDelete || comment.editableUntil !== null) return true;
  return userId !== null && comment.author.userId === userId;
}

/** Written after `since` by someone else, and still there to read. */
export function isNewSince(comment: Comment, since: number | null, userId: string | null): boolean {
  if (since === null || comment.deleted || (comment.hidden === true && comment.body === '')) return false;
  const created = Date.parse(comment.createdAt);
  return created > since && !isOwnComment(comment, userId);
}

/**
 * New comments in reading order (pre-order of the tree, collapsed ones
 * included), that this view can show (the main discussion shows
 * LEVELS_PER_VIEW levels). `alsoNew` adds comments that arrived during this
 * visit (revealed live), whatever `since` says.
 */
export function newCommentIds(
  roots: readonly ThreadNode[],
  {
    since,
    userId,
    alsoNew,
    levels = LEVELS_PER_VIEW,
  }: { since: number | null; userId: string | null; alsoNew?: ReadonlySet<string>; levels?: number },
): string[] {
  const out: string[] = [];
  const stack: { node: ThreadNode; level: number }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    if (root) stack.push({ node: root, level: 0 });
  }
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, level } = item;
    const c = node.comment;
    const fresh =
      isNewSince(c, since, userId) || (alsoNew?.has(c.id) === true && !c.deleted && !isOwnComment(c, userId));
    if (fresh) out.push(c.id);
    if (level + 1 >= levels) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push({ node: child, level: level + 1 });
    }
  }
  return out;
}

/**
 * The next new comment after the reader's place: after `currentId` in
 * reading order (`order` gives each comment's position), wrapping round to
 * the first. Without a place, the first.
 */
export function nextNewId(
  newIds: readonly string[],
  order: ReadonlyMap<string, number>,
  currentId: string | null,
): string | null {
  if (newIds.length === 0) return null;
  const first = newIds[0] ?? null;
  const at = currentId === null ? undefined : order.get(currentId);
  if (at === undefined) return first;
  for (const id of newIds) {
    const position = order.get(id);
    if (position !== undefined && position > at) return id;
  }
  return first;
}

/** Every loaded comment's position in reading order (pre-order), collapsed ones included. */
export function readingOrder(roots: readonly ThreadNode[]): Map<string, number> {
  const order = new Map<string, number>();
  const stack: ThreadNode[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    if (root) stack.push(root);
  }
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    order.set(node.comment.id, order.size);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
  }
  return order;
}
