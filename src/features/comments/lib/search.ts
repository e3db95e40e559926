import type { Comment } from '../../../contract/comments';
import { LEVELS_PER_VIEW } from './flatten';
import type { ThreadNode } from './tree';

/*
 * "Search this discussion": find text among the loaded comments, because the
 * browser's find-in-page cannot see rows a windowed list has not rendered.
 * Matches are whole comments, in reading order, including those inside
 * collapsed sub-threads (jumping to one expands what hides it). Spoilers are
 * not searched unless the reader shows them, so a search cannot spoil.
 */

const SPOILER = /\|\|(?=\S)[\s\S]*?\S\|\|/g;

const textCache = new WeakMap<Comment, { spoilers: string; plain: string }>();

export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** What a search looks at: author name and text (lowercased), with or without spoilers. */
export function searchableText(comment: Comment, includeSpoilers = false): string {
  let cached = textCache.get(comment);
  if (!cached) {
    const name = comment.deleted ? '' : comment.author.name;
    cached = {
      spoilers: normalizeSearch(`${name} ${comment.body}`),
      plain: normalizeSearch(`${name} ${comment.body.replace(SPOILER, ' ')}`),
    };
    textCache.set(comment, cached);
  }
  return includeSpoilers ? cached.spoilers : cached.plain;
}

export interface SearchOptions {
  /** Levels the view shows (matches deeper than that are in focused views, not here). */
  levels?: number;
  includeSpoilers?: boolean;
}

/** Ids of the loaded comments under `roots` that contain `query`, in reading order. */
export function searchThread(
  roots: readonly ThreadNode[],
  query: string,
  options: SearchOptions = {},
): string[] {
  const needle = normalizeSearch(query);
  if (needle === '') return [];
  const { levels = LEVELS_PER_VIEW, includeSpoilers = false } = options;
  const found: string[] = [];
  // Explicit stack (children pushed in reverse) instead of recursion: threads have no depth limit.
  const stack: { node: ThreadNode; depth: number }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    if (root) stack.push({ node: root, depth: 0 });
  }
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ThreadNode; depth: number };
    if (!node.comment.deleted && searchableText(node.comment, includeSpoilers).includes(needle)) {
      found.push(node.comment.id);
    }
    if (depth + 1 >= levels) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return found;
}

/** The next match index after a move of `step` (wrapping round), or -1 without matches. */
export function stepMatch(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
