import { Link } from 'react-router';
import { requestSignIn, signInHref } from '../../../lib/session';
import styles from './comment.module.css';

/** After a write answered "session expired": sign in here (the panel) or on the sign-in page, then send again. */
export function SignInAgain({ returnTo }: { returnTo: string }) {
  return (
    <span className={styles.signInAgain}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => requestSignIn('Sign in again to post — your text is kept.')}
      >
        Sign in to post
      </button>{' '}
      <Link to={signInHref(returnTo)} className={styles.inlineLink}>
        or use the sign-in page
      </Link>
    </span>
  );
}
