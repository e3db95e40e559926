import { Suspense } from 'react';
import { DocumentTitle } from '../../components/ui/document-title';
import { SettingsForms } from '../../features/accounts/components/settings-forms';
import { SignedInOnly } from '../../features/accounts/components/signed-in-only';
import styles from './account-pages.module.css';
import { PageSkeleton } from './page-skeleton';

export function SettingsRoute() {
  return (
    <div className="page">
      <div className={styles.medium}>
        <DocumentTitle title="Settings" />
        <div className={styles.intro}>
          <h1>Settings</h1>
          <p>Your name, your password, and how you hear about new comments.</p>
        </div>
        <SignedInOnly what="your settings">
          <Suspense fallback={<PageSkeleton label="Loading your settings…" />}>
            <SettingsForms />
          </Suspense>
        </SignedInOnly>
      </div>
    </div>
  );
}
