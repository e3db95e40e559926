import { Suspense } from 'react';
import { DocumentTitle } from '../../components/ui/document-title';
import { MailboxList } from '../../features/notifications/components/mailbox-list';
import styles from './account-pages.module.css';
import { PageSkeleton } from './page-skeleton';

export function MailboxRoute() {
  return (
    <div className="page">
      <div className={styles.wide}>
        <DocumentTitle title="Mailbox" />
        <div className={styles.intro}>
          <h1>Mailbox</h1>
          <p>
            A demo page: nothing here is really emailed. This is the outbox of every email the site would have
            sent, to anyone, with its unsubscribe link.
          </p>
        </div>
        <Suspense fallback={<PageSkeleton label="Loading the outbox…" />}>
          <MailboxList />
        </Suspense>
      </div>
    </div>
  );
}
