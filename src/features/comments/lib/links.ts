/*
 * Addresses of comments.
 *
 * A permalink is the review page with the comment named in the query and the
 * hash: /reviews/<slug>?comment=<id>#comment-<id>. The query survives
 * anything that drops hashes and tells the page which comment to load (the
 * context endpoint brings it in even when it is on a page not loaded or deep
 * in a collapsed sub-thread); the hash is the element's id, so the address
 * still lands near the right place without JavaScript's help.
 *
 * A focused view of a deep sub-thread ("Continue this thread") has its own
 * path: /reviews/<slug>/thread/<id>, optionally with the same ?comment=.
 */

export const COMMENT_PARAM = 'comment';

export function commentElementId(commentId: string): string {
  return `comment-${commentId}`;
}

export function commentPermalink(reviewSlug: string, commentId: string): string {
  const search = new URLSearchParams({ [COMMENT_PARAM]: commentId });
  return `/reviews/${encodeURIComponent(reviewSlug)}?${search.toString()}#${encodeURIComponent(commentElementId(commentId))}`;
}

export function threadViewHref(reviewSlug: string, rootId: string, focusId?: string): string {
  const path = `/reviews/${encodeURIComponent(reviewSlug)}/thread/${encodeURIComponent(rootId)}`;
  if (focusId === undefined) return path;
  const search = new URLSearchParams({ [COMMENT_PARAM]: focusId });
  return `${path}?${search.toString()}#${encodeURIComponent(commentElementId(focusId))}`;
}

export function discussionHref(reviewSlug: string): string {
  return `/reviews/${encodeURIComponent(reviewSlug)}#discussion`;
}
