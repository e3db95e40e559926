import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/api-client';
import { statusQueryOptions } from '../api/demo';
import styles from './about.module.css';

/** Where this browser keeps the demo's data, in words. */
export function StorageStatus() {
  const status = useQuery(statusQueryOptions());
  if (status.isPending) {
    return (
      <div className={styles.statusBox} aria-busy="true">
        <p className="visually-hidden">Checking storage…</p>
        <Skeleton width="14rem" height="1.1rem" />
        <Skeleton width="100%" height="1rem" style={{ marginTop: '0.6rem' }} />
      </div>
    );
  }
  if (status.isError) {
    return (
      <p className="message message--error" role="alert">
        Could not check storage. {errorMessage(status.error)}
      </p>
    );
  }
  const { storage, notice } = status.data;
  return (
    <div className={styles.statusBox} data-storage={storage}>
      {storage === 'indexeddb' && !notice ? (
        <>
          <p className={styles.statusTitle}>Saved in this browser</p>
          <p>
            Reviews and comments live in this browser’s IndexedDB storage. They survive reloads and restarts,
            stay on this device, and are not sent anywhere.
          </p>
        </>
      ) : (
        <>
          <p className={styles.statusTitle}>Kept in memory only</p>
          <p>
            {notice ??
              'This browser would not let the app store data, so changes will be lost when you close this tab.'}
          </p>
        </>
      )}
    </div>
  );
}
