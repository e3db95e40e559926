import type { Comment } from '../../../contract/comments';
import type { MoreRepliesInfo, ThreadNode } from './tree';

/*
 * What is on screen, as a flat list of rows in reading order (pre-order):
 * the same list feeds the nested rendering of small threads (see nestRows)
 * and the windowed rendering of big ones.
 *
 * - A collapsed comment keeps its row and hides everything below it.
 * - A view shows LEVELS_PER_VIEW levels below its roots. Below the last
 *   level the thread continues in a focused view of its own ("Continue this
 *   thread"), except for the reader's own new replies, which stay in sight.
 * - Replies being sent appear under their parent, after its replies.
 */

/** Levels one view shows (roots included): the main discussion shows depths 0–7. */
export const LEVELS_PER_VIEW = 8;

/** Anything not confirmed yet: only where it goes matters here. */
export interface PendingLike {
  clientId: string;
  parentId: string | null;
}

export interface CommentRow {
  kind: 'comment';
  /** Stable across the pending → confirmed change of the reader's own comments, so focus stays. */
  key: string;
  /** Depth within this view (0 for its roots). */
  depth: number;
  comment: Comment;
  /** Loaded direct replies (for "Hide replies" and labels). */
  childCount: number;
  parentName: string | null;
  collapsed: boolean;
}

export interface PendingRow<P extends PendingLike> {
  kind: 'pending';
  key: string;
  depth: number;
  pending: P;
  parentName: string | null;
}

export interface MoreRow {
  kind: 'more';
  key: string;
  depth: number;
  parentId: string;
  parentName: string | null;
  more: MoreRepliesInfo;
}

export interface ContinueRow {
  kind: 'continue';
  key: string;
  depth: number;
  /** The last comment shown; the focused view starts there. */
  commentId: string;
  /** Live comments waiting in the focused view. */
  hidden: number;
}

export type ThreadRow<P extends PendingLike = PendingLike> =
  CommentRow | PendingRow<P> | MoreRow | ContinueRow;

export interface FlattenOptions<P extends PendingLike> {
  collapsed?: ReadonlySet<string>;
  /** Levels shown below the roots, roots included. */
  levels?: number;
  /** Posts not confirmed yet. Top-level ones are shown first when `showTopLevelPending`. */
  pending?: readonly P[];
  showTopLevelPending?: boolean;
  /** The reader's comments posted on this page: shown even below the last level. */
  ownNewIds?: ReadonlySet<string>;
  /** Row key of a comment (defaults to its id). */
  keyFor?: (commentId: string) => string;
  /** Name of the roots' parent, for a focused view whose root is a reply. */
  rootParentName?: string | null;
}

export function pendingKey(clientId: string): string {
  return `client:${clientId}`;
}

export function displayName(comment: Comment): string | null {
  // A comment hidden by a moderator comes with its author withheld (name '').
  return comment.deleted || comment.author.name === '' ? null : comment.author.name;
}

export function flattenThread<P extends PendingLike>(
  roots: readonly ThreadNode[],
  options: FlattenOptions<P> = {},
): ThreadRow<P>[] {
  const {
    collapsed,
    levels = LEVELS_PER_VIEW,
    pending = [],
    showTopLevelPending = false,
    ownNewIds,
    keyFor = (id: string) => id,
    rootParentName = null,
  } = options;

  const pendingByParent = new Map<string, P[]>();
  for (const p of pending) {
    const key = p.parentId ?? '';
    const list = pendingByParent.get(key);
    if (list) list.push(p);
    else pendingByParent.set(key, [p]);
  }

  const rows: ThreadRow<P>[] = [];
  const pushPending = (parentKey: string, depth: number, parentName: string | null) => {
    for (const p of pendingByParent.get(parentKey) ?? []) {
      rows.push({ kind: 'pending', key: pendingKey(p.clientId), depth, pending: p, parentName });
    }
  };
  const pushComment = (
    node: ThreadNode,
    depth: number,
    parentName: string | null,
    isCollapsed: boolean,
    childCount = node.children.length,
  ) => {
    rows.push({
      kind: 'comment',
      key: keyFor(node.comment.id),
      depth,
      comment: node.comment,
      childCount,
      parentName,
      collapsed: isCollapsed,
    });
  };

  const walk = (node: ThreadNode, depth: number, parentName: string | null) => {
    const { comment } = node;
    const isCollapsed = collapsed?.has(comment.id) ?? false;
    pushComment(node, depth, parentName, isCollapsed);
    if (isCollapsed) return;
    const name = displayName(comment);
    if (depth + 1 >= levels) {
      let shownWeight = 0;
      let rest = false;
      for (const child of node.children) {
        if (ownNewIds?.has(child.comment.id)) {
          // Shown alone: anything below it is in the focused view too.
          pushComment(child, depth + 1, name, false, 0);
          shownWeight += 1;
        } else rest = true;
      }
      pushPending(comment.id, depth + 1, name);
      if (rest || node.more) {
        rows.push({
          kind: 'continue',
          key: `continue:${comment.id}`,
          depth: depth + 1,
          commentId: comment.id,
          hidden: Math.max(0, comment.descendantCount - shownWeight),
        });
      }
      return;
    }
    for (const child of node.children) walk(child, depth + 1, name);
    if (node.more) {
      rows.push({
        kind: 'more',
        key: `more:${comment.id}`,
        depth: depth + 1,
        parentId: comment.id,
        parentName: name,
        more: node.more,
      });
    }
    pushPending(comment.id, depth + 1, name);
  };

  if (showTopLevelPending) pushPending('', 0, null);
  for (const root of roots) walk(root, 0, rootParentName);
  return rows;
}

export interface RowNode<R> {
  row: R;
  children: RowNode<R>[];
}

/** Rows (pre-order with depths) back into nesting: each row under the last comment above it that is shallower. */
export function nestRows<R extends { kind: string; depth: number }>(rows: readonly R[]): RowNode<R>[] {
  const top: RowNode<R>[] = [];
  const stack: { depth: number; children: RowNode<R>[] }[] = [];
  for (const row of rows) {
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? -1) >= row.depth) stack.pop();
    const node: RowNode<R> = { row, children: [] };
    (stack[stack.length - 1]?.children ?? top).push(node);
    if (row.kind === 'comment') stack.push({ depth: row.depth, children: node.children });
  }
  return top;
}

/** Depth of the root of the view that shows a comment at `depth`: 0 for the main discussion. */
export function viewRootDepth(depth: number, levels = LEVELS_PER_VIEW): number {
  const step = levels - 1;
  return depth < levels ? 0 : step * Math.floor((depth - 1) / step);
}
