import { useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { UnsubscribeConfirm } from '../../features/notifications/components/unsubscribe-confirm';
import styles from './account-pages.module.css';

export function UnsubscribeRoute() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <div className="page">
      <div className={styles.medium}>
        <DocumentTitle title="Unsubscribe" />
        <div className={styles.intro}>
          <h1>Unsubscribe</h1>
        </div>
        {/* Keyed by token: another link starts over with its own question. */}
        <UnsubscribeConfirm key={token ?? ''} token={token} />
      </div>
    </div>
  );
}
