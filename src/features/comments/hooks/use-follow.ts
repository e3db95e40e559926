import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ACCOUNT_PROBLEM_CODES } from '../../../contract/accounts';
import type { SubscriptionState } from '../../../contract/notifications';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { createSubscription } from '../api/create-subscription';
import { deleteSubscription } from '../api/delete-subscription';
import {
  subscriptionStateKey,
  subscriptionStateQueryOptions,
  subscriptionsRootKey,
} from '../api/get-subscription-state';
import { describeCommentError } from './use-thread-session';

/*
 * Following a whole discussion (commentId null) or one comment's replies.
 * The toggle moves at once and goes back if the server says no, with the
 * reason. A guest is told why it needs an account instead of failing.
 */

/** Until the server answers a follow: shown as followed; unfollowing waits for the real id. */
const OPTIMISTIC_ID = '';

export type FollowMessage =
  { kind: 'followed' } | { kind: 'unfollowed' } | { kind: 'needs-account' } | { kind: 'error'; text: string };

interface Vars {
  follow: boolean;
  subscriptionId: string | null;
}

function withTarget(
  state: SubscriptionState,
  commentId: string | null,
  subscriptionId: string | null,
): SubscriptionState {
  if (commentId === null) return { ...state, thread: subscriptionId };
  const comments = { ...state.comments };
  if (subscriptionId === null) delete comments[commentId];
  else comments[commentId] = subscriptionId;
  return { ...state, comments };
}

const needsAccount = (error: unknown) =>
  error instanceof ApiError &&
  error.status === 401 &&
  (error.code === ACCOUNT_PROBLEM_CODES.signInRequired ||
    error.code === ACCOUNT_PROBLEM_CODES.sessionExpired);

export function useFollow(reviewSlug: string, commentId: string | null) {
  const queryClient = useQueryClient();
  const { status } = useSession();
  const signedIn = status === 'signed-in';
  const [message, setMessage] = useState<FollowMessage | null>(null);
  const key = subscriptionStateKey(reviewSlug);

  const subscriptionId = useQuery({
    ...subscriptionStateQueryOptions(reviewSlug),
    enabled: signedIn,
    select: (state) => (commentId === null ? state.thread : (state.comments[commentId] ?? null)),
  }).data;
  const following = signedIn && subscriptionId !== null && subscriptionId !== undefined;

  const mutation = useMutation({
    mutationFn: async ({ follow, subscriptionId: id }: Vars) => {
      if (follow) {
        const created = await createSubscription(
          commentId === null ? { kind: 'thread', reviewSlug } : { kind: 'subthread', reviewSlug, commentId },
        );
        return created.id;
      }
      if (id) await deleteSubscription(id);
      return null;
    },
    onMutate: async ({ follow }) => {
      setMessage(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<SubscriptionState>(key);
      if (previous)
        queryClient.setQueryData<SubscriptionState>(
          key,
          withTarget(previous, commentId, follow ? OPTIMISTIC_ID : null),
        );
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      setMessage(
        needsAccount(error)
          ? { kind: 'needs-account' }
          : { kind: 'error', text: describeCommentError(error).message },
      );
    },
    onSuccess: (id, { follow }) => {
      const current = queryClient.getQueryData<SubscriptionState>(key);
      if (current) queryClient.setQueryData(key, withTarget(current, commentId, id));
      setMessage({ kind: follow ? 'followed' : 'unfollowed' });
      // The Following page, and this state from the server.
      return queryClient.invalidateQueries({ queryKey: subscriptionsRootKey });
    },
  });

  const toggle = () => {
    if (status === 'guest') {
      setMessage({ kind: 'needs-account' });
      return;
    }
    // One change at a time: an unfollow needs the id the follow is still waiting for.
    if (mutation.isPending || subscriptionId === OPTIMISTIC_ID) return;
    mutation.mutate({ follow: !following, subscriptionId: subscriptionId ?? null });
  };

  return { following, busy: mutation.isPending, toggle, message, clearMessage: () => setMessage(null) };
}
