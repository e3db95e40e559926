import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { InfoIcon } from '../../../components/ui/icons';
import { statusQueryOptions } from '../api/demo';
import styles from './storage-notice.module.css';

/**
 * The site-wide banner shown when the backend could not use persistent storage
 * and runs in memory. The live region is always in the page, so the notice is
 * announced when it appears.
 */
export function StorageNotice() {
  const { data } = useQuery(statusQueryOptions());
  return (
    <div role="status" aria-live="polite">
      {data?.notice ? (
        <div className={styles.banner}>
          <div className={`page ${styles.inner}`}>
            <InfoIcon size={20} className={styles.icon} />
            <p>
              <strong>Changes will not be saved.</strong> {data.notice}{' '}
              <Link to="/about" className={styles.link}>
                About your data
              </Link>
            </p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
