import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { registerHref, signInHref, useSessionSnapshot } from '../../../lib/session';
import styles from './signed-in-only.module.css';

interface SignedInOnlyProps {
  /** What the page shows, for the sentence "Sign in to see …". */
  what: string;
  children: ReactNode;
}

/**
 * A page's content that belongs to the signed-in person. Without a session
 * (signed out in another tab, or the session expired) it says so and offers
 * sign-in that comes back here, instead of an error. Guests who open such a
 * page directly are redirected to sign in by its route loader.
 */
export function SignedInOnly({ what, children }: SignedInOnlyProps) {
  const { token } = useSessionSnapshot();
  const { pathname, search, hash } = useLocation();
  if (token !== null) return children;
  const here = `${pathname}${search}${hash}`;
  return (
    <div className={styles.box}>
      <p className={styles.lead}>You are not signed in. Sign in to see {what}.</p>
      <p className={styles.actions}>
        <Link to={signInHref(here)} className="button">
          Sign in
        </Link>
        <Link to={registerHref(here)}>Create an account</Link>
      </p>
    </div>
  );
}
