import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { registerHref, signInHref } from '../../../lib/session';
import { useFollow, type FollowMessage } from '../hooks/use-follow';
import { commentPermalink } from '../lib/links';
import commentStyles from './comment.module.css';
import styles from './follow.module.css';

/*
 * "Subscribe to this thread" (the whole discussion) in the discussion's
 * header, and "Follow replies" (one comment's sub-thread) among a comment's
 * actions. Both are toggle buttons (aria-pressed).
 */

export const NEEDS_ACCOUNT_TEXT = 'Following needs an account, so we know where to send notifications.';

function NeedsAccount({ returnTo }: { returnTo: string }) {
  return (
    <>
      {NEEDS_ACCOUNT_TEXT} <Link to={signInHref(returnTo)}>Sign in</Link> or{' '}
      <Link to={registerHref(returnTo)}>register</Link>.
    </>
  );
}

function messageText(message: FollowMessage, what: 'thread' | 'replies'): string | null {
  switch (message.kind) {
    case 'followed':
      return what === 'thread'
        ? 'You follow this thread: new comments will show in your inbox.'
        : 'You follow the replies to this comment.';
    case 'unfollowed':
      return what === 'thread' ? 'You no longer follow this thread.' : 'You no longer follow these replies.';
    case 'error':
      return `Could not change what you follow. ${message.text}`;
    case 'needs-account':
      return null;
  }
}

export function ThreadFollowToggle({ reviewSlug }: { reviewSlug: string }) {
  const { pathname, search } = useLocation();
  const { following, busy, toggle, message } = useFollow(reviewSlug, null);
  return (
    <div className={styles.threadFollow}>
      <button
        type="button"
        className={styles.toggle}
        aria-pressed={following}
        aria-busy={busy || undefined}
        onClick={toggle}
      >
        <span aria-hidden="true" className={styles.bell} data-on={following || undefined} />
        {following ? 'Following this thread' : 'Subscribe to this thread'}
      </button>
      <p
        className={message?.kind === 'error' ? styles.error : styles.status}
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.kind === 'needs-account' ? (
          <NeedsAccount returnTo={`${pathname}${search}#discussion`} />
        ) : message ? (
          messageText(message, 'thread')
        ) : null}
      </p>
    </div>
  );
}

/** Among a comment's actions. The explanation for guests shows under the actions. */
export function FollowRepliesButton({
  reviewSlug,
  commentId,
  announce,
}: {
  reviewSlug: string;
  commentId: string;
  announce: (text: string) => void;
}) {
  const { following, busy, toggle, message } = useFollow(reviewSlug, commentId);
  // Rows come and go as a long list scrolls: success is said through the thread's live region.
  useEffect(() => {
    if (message?.kind === 'followed' || message?.kind === 'unfollowed') {
      const text = messageText(message, 'replies');
      if (text) announce(text);
    }
  }, [message, announce]);
  return (
    <>
      <button
        type="button"
        className={commentStyles.action}
        aria-pressed={following}
        aria-busy={busy || undefined}
        onClick={toggle}
      >
        {following ? 'Following replies' : 'Follow replies'}
      </button>
      {message?.kind === 'needs-account' ? (
        <p className={styles.note} role="status">
          <NeedsAccount returnTo={commentPermalink(reviewSlug, commentId)} />
        </p>
      ) : message?.kind === 'error' ? (
        <p className={styles.error} role="alert">
          {messageText(message, 'replies')}
        </p>
      ) : null}
    </>
  );
}
