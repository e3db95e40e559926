import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import list from '../../../components/ui/lists.module.css';
import { commentPermalink, type Subscription, type SubscriptionList } from '../../../contract/notifications';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatShortDate, pluralize } from '../../../lib/format';
import { subscriptionsQueryOptions } from '../api/get-subscriptions';
import { subscriptionKeys } from '../api/keys';
import { unfollowMutationOptions } from '../api/unfollow';
import styles from './following.module.css';

/** "the whole thread on Her — Orbit & Quill", "the sub-thread from comment #12 on …". */
export function describeSubscription(s: Subscription): string {
  return s.kind === 'thread'
    ? `the whole thread on ${s.reviewTitle}`
    : `the sub-thread from comment #${s.commentNumber ?? '?'} on ${s.reviewTitle}`;
}

function linkOf(s: Subscription): string {
  return s.kind === 'subthread' && s.commentId
    ? commentPermalink(s.reviewSlug, s.commentId)
    : `/reviews/${encodeURIComponent(s.reviewSlug)}`;
}

function useUnfollow() {
  const queryClient = useQueryClient();
  return useMutation({
    ...unfollowMutationOptions(),
    // Gone from the list at once; back in its place if the server says no.
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: subscriptionKeys.list() });
      const previous = queryClient.getQueryData<SubscriptionList>(subscriptionKeys.list());
      if (previous) {
        queryClient.setQueryData<SubscriptionList>(subscriptionKeys.list(), {
          items: previous.items.filter((item) => item.id !== id),
        });
      }
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(subscriptionKeys.list(), context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: subscriptionKeys.all }),
  });
}

/** What I follow, each with a link to it and "Unfollow" (immediate, and said out loud). */
export function FollowingList() {
  const { data } = useSuspenseQuery(subscriptionsQueryOptions());
  const unfollow = useUnfollow();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const focusEmpty = useRef(false);
  const empty = data.items.length === 0;

  useEffect(() => {
    if (empty && focusEmpty.current) emptyRef.current?.focus();
    focusEmpty.current = false;
  }, [empty]);

  const remove = (subscription: Subscription, index: number) => {
    setFailure(null);
    const what = describeSubscription(subscription);
    // Keep the keyboard in the list: on the next item's button, or the previous one.
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-unfollow]');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1] ?? null;
    if (next) next.focus();
    else focusEmpty.current = true;
    unfollow.mutate(subscription.id, {
      onSuccess: () => setStatus(`You no longer follow ${what}.`),
      onError: (error) => setFailure(`Could not unfollow ${what}. ${errorMessage(error)}`),
    });
  };

  return (
    <div className={list.page}>
      <div role="status">{status ? <p className="message message--success">{status}</p> : null}</div>
      <div role="alert">{failure ? <p className="message message--error">{failure}</p> : null}</div>
      {empty ? (
        <div className={`${list.empty} ${styles.empty}`}>
          <p ref={emptyRef} tabIndex={-1} className={list.emptyTitle}>
            You do not follow any discussions.
          </p>
          <p>
            Open a review and choose “Subscribe to this thread” to hear about every new comment, or “Follow
            replies” on a comment to hear about its replies. Replies to your own comments reach you anyway,
            unless you turn that off in <Link to="/settings">Settings</Link>.
          </p>
          <p>
            <Link to="/">Browse reviews</Link>
          </p>
        </div>
      ) : (
        <>
          <p className={list.count}>You follow {pluralize(data.items.length, 'discussion')}.</p>
          <ul ref={listRef} className={list.list} aria-label="Discussions you follow">
            {data.items.map((subscription, index) => (
              <li key={subscription.id} className={`${list.card} ${styles.item}`}>
                <div className={styles.itemText}>
                  <p className={styles.kind}>
                    {subscription.kind === 'thread'
                      ? 'Whole thread'
                      : `Sub-thread from comment #${subscription.commentNumber ?? '?'}`}
                  </p>
                  <Link to={linkOf(subscription)} className={styles.title}>
                    {subscription.reviewTitle}
                  </Link>
                  <p className={styles.since}>
                    Following since{' '}
                    <time dateTime={subscription.createdAt} title={formatDateTime(subscription.createdAt)}>
                      {formatShortDate(subscription.createdAt)}
                    </time>
                  </p>
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  data-unfollow=""
                  aria-label={`Unfollow ${describeSubscription(subscription)}`}
                  onClick={() => remove(subscription, index)}
                >
                  Unfollow
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
