import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { ACCOUNT_PROBLEM_CODES } from '../../../contract/accounts';
import { ApiError, errorMessage, isNetworkError, problemWords } from '../../../lib/api-client';
import { postComment } from '../api/post-comment';
import { repliesQueryOptions } from '../api/get-replies';
import { syncReviewCommentCount } from '../api/review-cache';
import { updateComment } from '../api/update-comment';
import { SESSION_EXPIRED_MESSAGE } from '../lib/labels';
import { localOutbox, ThreadSession, type PostError, type ThreadSessionState } from '../lib/thread-session';

/*
 * One ThreadSession per review and QueryClient: it lives as long as the
 * client (the whole app), so what was loaded, posted or typed survives
 * leaving the review and coming back, and a fresh client (a test) starts
 * clean.
 */

const sessions = new WeakMap<QueryClient, Map<string, ThreadSession>>();

/** Words for a failed request, for the place the person is looking at. */
export function describeCommentError(error: unknown): PostError {
  if (isNetworkError(error)) {
    return {
      status: 0,
      code: 'network',
      message: 'Not sent: the server could not be reached. Your text is kept here; try again.',
    };
  }
  if (
    error instanceof ApiError &&
    error.status === 401 &&
    error.code === ACCOUNT_PROBLEM_CODES.sessionExpired
  ) {
    return { status: 401, code: error.code, message: SESSION_EXPIRED_MESSAGE };
  }
  if (error instanceof ApiError) {
    return {
      status: error.status,
      code: error.code,
      fieldErrors: error.fieldErrors,
      message: problemWords(error.problem),
    };
  }
  return { status: 0, message: errorMessage(error) };
}

export function getThreadSession(queryClient: QueryClient, reviewSlug: string): ThreadSession {
  let byReview = sessions.get(queryClient);
  if (!byReview) {
    byReview = new Map();
    sessions.set(queryClient, byReview);
  }
  let session = byReview.get(reviewSlug);
  if (!session) {
    session = new ThreadSession({
      reviewSlug,
      post: (input) => postComment(reviewSlug, input),
      update: updateComment,
      loadReplies: (parentId, cursor) =>
        queryClient.query({ ...repliesQueryOptions(parentId, cursor), staleTime: 0 }),
      describeError: describeCommentError,
      onPosted: () => void syncReviewCommentCount(queryClient, reviewSlug, { delta: 1 }),
      outbox: localOutbox(reviewSlug),
    });
    byReview.set(reviewSlug, session);
  }
  return session;
}

export function useThreadSession(reviewSlug: string): ThreadSession {
  const queryClient = useQueryClient();
  return useMemo(() => getThreadSession(queryClient, reviewSlug), [queryClient, reviewSlug]);
}

/** A slice of the session's state; re-renders only when the slice changes (keep selectors cheap and stable). */
export function useSessionState<T>(session: ThreadSession, select: (state: ThreadSessionState) => T): T {
  return useSyncExternalStore(
    session.subscribe,
    () => select(session.getState()),
    () => select(session.getState()),
  );
}
