import { Suspense } from 'react';
import { DocumentTitle } from '../../components/ui/document-title';
import { SignedInOnly } from '../../features/accounts/components/signed-in-only';
import { FollowingList } from '../../features/notifications/components/following-list';
import styles from './account-pages.module.css';
import { PageSkeleton } from './page-skeleton';

export function FollowingRoute() {
  return (
    <div className="page">
      <div className={styles.wide}>
        <DocumentTitle title="Following" />
        <div className={styles.intro}>
          <h1>Following</h1>
          <p>The discussions and sub-threads you follow. You hear about every new comment in them.</p>
        </div>
        <SignedInOnly what="what you follow">
          <Suspense fallback={<PageSkeleton label="Loading what you follow…" />}>
            <FollowingList />
          </Suspense>
        </SignedInOnly>
      </div>
    </div>
  );
}
