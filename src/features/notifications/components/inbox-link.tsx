import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { formatCount } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { unreadCountQueryOptions } from '../api/get-unread-count';
import { useLiveNotifications } from '../hooks/use-live-notifications';
import styles from './inbox-link.module.css';

function InboxIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15Z" />
      <path d="M10 20.5a2.2 2.2 0 0 0 4 0" />
    </svg>
  );
}

/**
 * The header's inbox link with the unread count ("Inbox, 3 unread" to a
 * screen reader). The count follows live events, window focus and, as a
 * fallback, a refresh every minute.
 */
export function InboxLink({ className }: { className?: string }) {
  const { status, user } = useSession();
  const signedIn = status === 'signed-in';
  const unread = useQuery({ ...unreadCountQueryOptions(), enabled: signedIn });
  useLiveNotifications(signedIn && user ? user.id : null);
  const count = signedIn ? (unread.data ?? 0) : 0;
  return (
    <NavLink
      to="/inbox"
      className={`${className ?? ''} ${styles.link}`}
      // "Inbox, 3 unread" in full: a visually hidden part would be read with a stray space before the comma.
      aria-label={count > 0 ? `Inbox, ${formatCount(count)} unread` : undefined}
    >
      <InboxIcon />
      <span className={styles.label}>Inbox</span>{' '}
      {count > 0 ? (
        <span className={styles.badge} aria-hidden="true">
          {count > 99 ? '99+' : formatCount(count)}
        </span>
      ) : null}
    </NavLink>
  );
}
