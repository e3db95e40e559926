import { Link, useNavigate, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { RegisterForm } from '../../features/accounts/components/register-form';
import { safeNextPath, signInHref } from '../../lib/session';
import styles from './account-pages.module.css';

export function RegisterRoute() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  return (
    <div className="page">
      <div className={styles.narrow}>
        <DocumentTitle title="Create an account" />
        <div className={styles.intro}>
          <h1>Create an account</h1>
          <p>
            An account lets you follow discussions and hear about replies. Everything stays in this browser:
            no email address is asked for.
          </p>
        </div>
        <div className={styles.card}>
          <RegisterForm onRegistered={() => void navigate(next, { replace: true })} />
        </div>
        <p className={styles.alt}>
          Already have an account? <Link to={signInHref(next)}>Sign in</Link>
        </p>
      </div>
    </div>
  );
}
