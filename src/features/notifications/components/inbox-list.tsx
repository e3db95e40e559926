import { useQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import list from '../../../components/ui/lists.module.css';
import { PagedListFooter } from '../../../components/ui/paged-list-footer';
import type { Notification } from '../../../contract/notifications';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatRelativeTime, pluralize } from '../../../lib/format';
import { notificationsInfiniteQueryOptions } from '../api/get-notifications';
import { unreadCountQueryOptions } from '../api/get-unread-count';
import { useMarkAllRead, useMarkRead } from '../hooks/use-mark-read';
import styles from './inbox.module.css';

/** Who wrote where, in one sentence. */
export function describeNotification(n: Pick<Notification, 'kind' | 'actorName' | 'reviewTitle'>): string {
  switch (n.kind) {
    case 'reply':
      return `${n.actorName} replied to your comment on ${n.reviewTitle}`;
    case 'subthread':
      return `${n.actorName} replied in a conversation you follow on ${n.reviewTitle}`;
    case 'thread':
      return `${n.actorName} commented in a thread you follow on ${n.reviewTitle}`;
  }
}

/**
 * The inbox: newest first, unread ones marked (in words as well as looks),
 * each linking to the comment, which also marks it read. "Mark as read" per
 * item, "Mark all as read", and "Load more" for older ones.
 */
export function InboxList() {
  const id = useId();
  const query = useSuspenseInfiniteQuery(notificationsInfiniteQueryOptions());
  const liveCount = useQuery(unreadCountQueryOptions());
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const now = new Date();

  const items = query.data.pages.flatMap((page) => page.items);
  const unread = liveCount.data ?? query.data.pages[0]?.unreadCount ?? 0;

  const focusLink = (index: number) =>
    listRef.current?.querySelectorAll<HTMLElement>('[data-notification-link]')[index]?.focus();

  const markOne = (notification: Notification, index: number) => {
    setFailure(null);
    markRead.mutate(notification.id, {
      onSuccess: () => setStatus('Marked as read.'),
      onError: (error) => setFailure(`Could not mark it as read. ${errorMessage(error)}`),
    });
    // The button goes away with the unread state: keep the keyboard on this notification.
    focusLink(index);
  };

  const markEverything = () => {
    if (unread === 0 || markAll.isPending) return;
    setFailure(null);
    markAll.mutate(undefined, {
      onSuccess: () => setStatus('All notifications marked as read.'),
      onError: (error) => setFailure(`Could not mark them as read. ${errorMessage(error)}`),
    });
  };

  const loadMore = async () => {
    setFailure(null);
    const before = items.length;
    const result = await query.fetchNextPage();
    if (result.isError) {
      setFailure(`Could not load older notifications. ${errorMessage(result.error)}`);
      return;
    }
    const added = (result.data?.pages ?? []).reduce((n, page) => n + page.items.length, 0) - before;
    setStatus(`${pluralize(added, 'older notification')} loaded.`);
    focusLink(before);
  };

  return (
    <div className={list.page}>
      <div className={list.toolbar}>
        <p className={list.count}>
          {unread > 0 ? <strong>{pluralize(unread, 'unread notification')}</strong> : 'Nothing unread.'}
        </p>
        {items.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={unread === 0 || markAll.isPending}
            onClick={markEverything}
          >
            {markAll.isPending ? 'Marking…' : 'Mark all as read'}
          </button>
        ) : null}
      </div>
      <div role="status" className="visually-hidden">
        {status}
      </div>
      <div role="alert">{failure ? <p className="message message--error">{failure}</p> : null}</div>

      {items.length === 0 ? (
        <div className={`${list.empty} ${styles.empty}`}>
          <p className={list.emptyTitle}>Your inbox is empty.</p>
          <p>
            When someone replies to one of your comments, or comments in a discussion you follow, you will
            find it here. Open a review and choose “Subscribe to this thread” to follow its discussion.
          </p>
          <p>
            <Link to="/">Browse reviews</Link>
          </p>
        </div>
      ) : (
        <ol ref={listRef} className={list.list} aria-label="Notifications">
          {items.map((notification, index) => (
            <li key={notification.id}>
              <article
                className={`${list.card} ${styles.item}`}
                data-unread={!notification.read}
                aria-labelledby={`${id}-${notification.id}`}
              >
                <div className={styles.itemHead}>
                  {notification.read ? null : (
                    <span className={styles.unreadBadge} aria-hidden="true">
                      Unread
                    </span>
                  )}
                  <Link
                    id={`${id}-${notification.id}`}
                    to={notification.link}
                    className={styles.itemLink}
                    data-notification-link=""
                    aria-label={`${notification.read ? '' : 'Unread: '}${describeNotification(notification)}`}
                    onClick={() => {
                      if (!notification.read) markRead.mutate(notification.id);
                    }}
                  >
                    {describeNotification(notification)}
                  </Link>
                </div>
                <p className={styles.excerpt}>{notification.excerpt}</p>
                <div className={styles.itemFoot}>
                  <time dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
                    {formatRelativeTime(notification.createdAt, now)}
                  </time>
                  {notification.read ? null : (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => markOne(notification, index)}
                    >
                      Mark as read
                      <span className="visually-hidden">: {describeNotification(notification)}</span>
                    </button>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}

      <PagedListFooter
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void loadMore()}
      />
    </div>
  );
}
