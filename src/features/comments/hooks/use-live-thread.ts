import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BackendEvent } from '../../../contract/events';
import { ApiError } from '../../../lib/api-client';
import { subscribe } from '../../../lib/live-events';
import { getCommentContext } from '../api/get-context';
import { syncReviewCommentCount } from '../api/review-cache';
import { freshIncoming } from '../lib/live';
import type { ThreadSession } from '../lib/thread-session';

/*
 * The discussion hears what other tabs (and this one) write, through the
 * backend's events (src/lib/live-events.ts), and fetches what each names:
 * - a new comment is held back in the session (`incoming`) for the
 *   "N new comments" button: nothing on screen moves until the reader asks;
 * - an edit, a hide or a delete of a comment on screen replaces it in place.
 * The heading's count follows at once (it is a number, not the reader's place).
 */

const gone = (error: unknown) => error instanceof ApiError && (error.status === 410 || error.status === 404);

export async function handleThreadEvent(
  event: BackendEvent,
  session: ThreadSession,
  deps: {
    fetchContext: typeof getCommentContext;
    onCount: (change: { count: number } | { delta: number }) => void;
    now?: () => number;
  },
): Promise<void> {
  const id = event.commentId;
  if (event.reviewSlug !== session.reviewSlug || id === undefined) return;
  const clock = deps.now ?? Date.now;
  const state = session.getState();
  const heldBack = state.incoming.some((i) => i.comment.id === id);

  if (event.type === 'comment-created') {
    // Already here: this tab's own post (confirmed first) or a page that loaded it.
    if (session.knows(id) || state.ownNewIds.has(id) || heldBack) return;
    const at = clock();
    try {
      const context = await deps.fetchContext(id);
      const item = { comment: context.comment, ancestors: context.ancestors, at };
      const latest = session.getState();
      const fresh = freshIncoming([item], {
        isShown: (commentId) => session.knows(commentId),
        ownNewIds: latest.ownNewIds,
        pending: latest.pending,
      });
      // This tab's own post, heard before its answer came back: it counts itself when confirmed.
      if (fresh.length === 0) return;
      deps.onCount({ count: context.commentCount });
      session.receiveIncoming(item);
    } catch {
      // Deleted again before we asked, or unreachable: nothing to offer.
    }
    return;
  }

  if (event.type !== 'comment-updated' && event.type !== 'comment-deleted') return;
  if (!session.knows(id) && !heldBack) return;
  const at = clock();
  try {
    const context = await deps.fetchContext(id);
    // A delete changes the counts above it; an edit or a hide changes the comment alone.
    session.applyRemote(context.comment, event.type === 'comment-deleted' ? context.ancestors : [], at);
    if (event.type === 'comment-deleted') deps.onCount({ count: context.commentCount });
  } catch (error) {
    if (!gone(error)) return;
    const wasShown = session.knows(id);
    session.applyRemoteVanish(id);
    if (wasShown && event.type === 'comment-deleted') deps.onCount({ delta: -1 });
  }
}

/** Subscribe the discussion's session to the backend's events while the discussion is on screen. */
export function useLiveThread(session: ThreadSession): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribe((event) => {
        void handleThreadEvent(event, session, {
          fetchContext: getCommentContext,
          onCount: (change) => void syncReviewCommentCount(queryClient, session.reviewSlug, change),
        });
      }),
    [session, queryClient],
  );
}
