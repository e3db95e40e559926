import type { ThreadSort } from '../../../contract/comments';

/*
 * Query keys. Discussions have their own root, not ['reviews', ...]: the
 * review pages invalidate ['reviews'] freely (counts, lists), and a
 * 5,000-comment thread must not be refetched page by page because a count
 * changed. Reviews' keys are spelled out in review-cache.ts (features do not
 * import each other).
 */
export const commentKeys = {
  all: ['comments'] as const,
  threads: (reviewSlug: string) => [...commentKeys.all, 'thread', reviewSlug] as const,
  thread: (reviewSlug: string, sort: ThreadSort) => [...commentKeys.threads(reviewSlug), sort] as const,
  replies: (parentId: string, cursor: string | null) =>
    [...commentKeys.all, 'replies', parentId, cursor ?? ''] as const,
  context: (commentId: string) => [...commentKeys.all, 'context', commentId] as const,
  mutations: {
    edit: (commentId: string) => [...commentKeys.all, 'edit', commentId] as const,
    remove: (commentId: string) => [...commentKeys.all, 'delete', commentId] as const,
    moderate: (commentId: string) => [...commentKeys.all, 'moderate', commentId] as const,
  },
};
