import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useHref, useLocation } from 'react-router';
import { pageLoadSearch } from '../../../lib/page-load';
import { statusQueryOptions } from '../api/demo';
import {
  describeFaultsShown,
  faultsOffHref,
  readFaultSwitch,
  sessionStorageOrNull,
  type FaultsShown,
} from '../lib/fault-switch';
import styles from './fault-banner.module.css';

/** Quiet, patient retries: the banner must not turn into an error of its own. */
const STATUS_RETRIES = 5;

/**
 * Says on every page when the backend's fault injection is on, so that nobody takes an
 * injected failure for a bug, and offers to turn it off. Known at once from the URL and
 * the tab's memory, then from GET /api/status, which fault injection never touches.
 */
export function FaultBanner() {
  // The URL the page was loaded with, as the backend reads it: a redirect may have dropped ?faults=.
  const [guess] = useState(() => readFaultSwitch(pageLoadSearch(), sessionStorageOrNull()));
  const status = useQuery({
    ...statusQueryOptions(),
    retry: (failureCount) => failureCount < STATUS_RETRIES,
  });
  const faults: FaultsShown | null = status.isSuccess ? (status.data.faults ?? null) : guess;
  const location = useLocation();
  // A full page load, not a client-side navigation: the backend reads the switch when the page starts.
  const offHref = useHref(faultsOffHref(location));

  return (
    <div role="status" className={faults ? styles.banner : undefined}>
      {faults ? (
        <p className={`page ${styles.inner}`}>
          <span>
            <strong>Fault injection is on:</strong> {describeFaultsShown(faults)}.
          </span>{' '}
          <a href={offHref} className={styles.link} aria-label="Turn off fault injection">
            Turn off
          </a>
        </p>
      ) : null}
    </div>
  );
}
