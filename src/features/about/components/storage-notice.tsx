import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore, type ReactNode } from 'react';
import { Link } from 'react-router';
import { InfoIcon } from '../../../components/ui/icons';
import { onApiError } from '../../../lib/api-client';
import { statusQueryOptions } from '../api/demo';
import styles from './storage-notice.module.css';

/**
 * Problem codes (mocks/http.ts) of a store this tab can no longer use until it reloads: another
 * tab upgraded the database ('store-blocked'), or the browser closed it ('store-unavailable').
 * A full disk ('store-quota') is not here: it is reported where the write failed, with Retry.
 */
const LOST_STORE_CODES: ReadonlySet<string> = new Set(['store-blocked', 'store-unavailable']);

/*
 * The backend's words for a store lost while the page was open, heard from any failed request.
 * Subscribed when the module loads, before the first request (a route loader's request fails
 * before any component mounts), and kept for the life of the page: only a reload recovers.
 */
let lostStore: string | null = null;
const lostStoreListeners = new Set<() => void>();
onApiError((error) => {
  if (error.code === undefined || !LOST_STORE_CODES.has(error.code) || lostStore === error.message) return;
  lostStore = error.message;
  for (const listener of lostStoreListeners) listener();
});
const subscribeLostStore = (listener: () => void) => {
  lostStoreListeners.add(listener);
  return () => void lostStoreListeners.delete(listener);
};
const useLostStore = () =>
  useSyncExternalStore(
    subscribeLostStore,
    () => lostStore,
    () => null,
  );

/**
 * The site-wide banner shown when the backend could not use persistent storage
 * and runs in memory, or lost its storage while the page was open. The live
 * region is always in the page, so the notice is announced when it appears.
 */
export function StorageNotice() {
  const { data } = useQuery(statusQueryOptions());
  const lost = useLostStore();
  return (
    <div role="status" aria-live="polite">
      {lost ? (
        <Banner>
          <strong>Changes cannot be saved right now.</strong> {lost} Unsent comments and drafts are kept in
          this browser.{' '}
          <button type="button" className={styles.action} onClick={() => window.location.reload()}>
            Reload page
          </button>
        </Banner>
      ) : data?.notice ? (
        <Banner>
          <strong>Changes will not be saved.</strong> {data.notice}{' '}
          <Link to="/about" className={styles.link}>
            About your data
          </Link>
        </Banner>
      ) : null}
    </div>
  );
}

function Banner({ children }: { children: ReactNode }) {
  return (
    <div className={styles.banner}>
      <div className={`page ${styles.inner}`}>
        <InfoIcon size={20} className={styles.icon} />
        <p>{children}</p>
      </div>
    </div>
  );
}
