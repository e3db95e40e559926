import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { errorMessage, isNotFound } from '../../lib/api-client';
import { NotFoundView } from './not-found-view';
import styles from './pages.module.css';

/** Words from a review address, to pre-fill a search: "her-2013-nerd-signl" → "her 2013 nerd signl". */
function wordsFromPath(pathname: string): string {
  const last = decodeURIComponent(pathname.split('/').filter(Boolean).at(-1) ?? '');
  return last.replace(/[-_]+/g, ' ').trim();
}

/**
 * Catches what a page throws while loading or rendering. A 404 from the API
 * (an unknown review) is the not-found page; anything else says what went wrong
 * and offers to try again: that clears the failed queries and reloads the page
 * data (a replace-navigation to the same address resets this boundary).
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const { reset } = useQueryErrorResetBoundary();

  if (isNotFound(error) || (isRouteErrorResponse(error) && error.status === 404)) {
    const isReview = location.pathname.startsWith('/reviews/');
    return isReview ? (
      <NotFoundView
        title="Review not found"
        message="We could not find a review at this address. It may have been removed, or the link may be mistyped."
        suggestion={wordsFromPath(location.pathname)}
      />
    ) : (
      <NotFoundView />
    );
  }

  const retry = () => {
    reset();
    void navigate(location, { replace: true, preventScrollReset: true });
  };

  return (
    <div className="page">
      <div className={styles.narrow}>
        <DocumentTitle title="Something went wrong" />
        <h1 className={styles.title}>Something went wrong</h1>
        <p className="message message--error" role="alert">
          {isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error)}
        </p>
        <p className={styles.actions}>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
          <Link to="/" className="button button--secondary">
            Back to reviews
          </Link>
        </p>
      </div>
    </div>
  );
}
