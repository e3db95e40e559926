import { Suspense } from 'react';
import { useParams, useRouteError } from 'react-router';
import { Skeleton } from '../../components/ui/skeleton';
import { ProfileView } from '../../features/accounts/components/profile-view';
import { isNotFound } from '../../lib/api-client';
import styles from './account-pages.module.css';
import { NotFoundView } from './not-found-view';
import { PageSkeleton } from './page-skeleton';
import { RouteErrorBoundary } from './route-error';

export function ProfileRoute() {
  const { username = '' } = useParams();
  return (
    <div className="page">
      {/* Keyed by username: another person's page shows its own skeleton, not the last one's data. */}
      <Suspense key={username} fallback={<ProfileSkeleton />}>
        <ProfileView username={username} />
      </Suspense>
    </div>
  );
}

function ProfileSkeleton() {
  return (
    <div aria-busy="true" className={styles.wide}>
      <p className="visually-hidden">Loading the profile…</p>
      <Skeleton width="16rem" height="2.4rem" />
      <Skeleton width="10rem" height="1.1rem" />
      <PageSkeleton rows={3} />
    </div>
  );
}

/** An unknown username is a not-found page that says so; anything else is the usual error page. */
export function ProfileErrorBoundary() {
  const error = useRouteError();
  const { username = '' } = useParams();
  if (isNotFound(error)) {
    return (
      <NotFoundView
        title="User not found"
        message={`Nobody here has the username “${username}”. It may have been mistyped.`}
      />
    );
  }
  return <RouteErrorBoundary />;
}
