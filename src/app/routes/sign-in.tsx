import { Link, useNavigate, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { SignInForm } from '../../features/accounts/components/sign-in-form';
import { registerHref, safeNextPath, useSession, useSessionSnapshot } from '../../lib/session';
import styles from './account-pages.module.css';

export function SignInRoute() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const { expired } = useSessionSnapshot();
  const { status, user } = useSession();

  return (
    <div className="page">
      <div className={styles.narrow}>
        <DocumentTitle title="Sign in" />
        <div className={styles.intro}>
          <h1>Sign in</h1>
          <p>Follow discussions, get notified of replies, and post under your own name.</p>
        </div>
        {expired ? (
          <p className="message message--error">Your session expired — sign in again.</p>
        ) : status === 'signed-in' && user ? (
          <p className="message">
            You are signed in as <strong>{user.displayName}</strong>. Sign in below to switch accounts, or{' '}
            <Link to={next}>carry on</Link>.
          </p>
        ) : null}
        <div className={styles.card}>
          <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
        </div>
        <p className={styles.alt}>
          New here? <Link to={registerHref(next)}>Create an account</Link>
        </p>
        <section className={styles.demo} aria-labelledby="demo-accounts">
          <h2 id="demo-accounts">Demo accounts</h2>
          <p>
            Every demo account uses the password <code>screening-room-demo</code>. For example:
          </p>
          <ul>
            <li>
              <code>nightbus42</code> (Callum Reyes, a reader)
            </li>
            <li>
              <code>twrenfield</code> (Tobias Wrenfield, a review author)
            </li>
            <li>
              <code>mod-morgan</code> (Morgan Adeyemi, a moderator)
            </li>
          </ul>
          <p>Each tab keeps its own session unless you tick “Remember me”, so two tabs can be two people.</p>
        </section>
      </div>
    </div>
  );
}
