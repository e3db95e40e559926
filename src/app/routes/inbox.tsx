import { Suspense } from 'react';
import { DocumentTitle } from '../../components/ui/document-title';
import { SignedInOnly } from '../../features/accounts/components/signed-in-only';
import { InboxList } from '../../features/notifications/components/inbox-list';
import styles from './account-pages.module.css';
import { PageSkeleton } from './page-skeleton';

export function InboxRoute() {
  return (
    <div className="page">
      <div className={styles.wide}>
        <DocumentTitle title="Inbox" />
        <div className={styles.intro}>
          <h1>Inbox</h1>
          <p>Replies to your comments and new comments in the discussions you follow.</p>
        </div>
        <SignedInOnly what="your notifications">
          <Suspense fallback={<PageSkeleton label="Loading your notifications…" />}>
            <InboxList />
          </Suspense>
        </SignedInOnly>
      </div>
    </div>
  );
}
