import { Suspense } from 'react';
import { DocumentTitle } from '../../components/ui/document-title';
import { ActiveFilters, ReviewFilters } from '../../features/reviews/components/review-filters';
import {
  ReviewResults,
  ReviewResultsSkeleton,
  useFilterNames,
} from '../../features/reviews/components/review-results';
import { hasFilters, useReviewListQuery } from '../../features/reviews/components/use-review-list-query';
import styles from './pages.module.css';

export function ReviewsIndexRoute() {
  const [query, setQuery] = useReviewListQuery();
  const names = useFilterNames(query);
  const title = query.q
    ? `Reviews matching “${query.q}”`
    : hasFilters(query)
      ? `Reviews: ${[query.tag, names.publication ?? query.publication, names.film ?? query.film].filter(Boolean).join(', ')}`
      : 'Reviews';

  return (
    <div className="page">
      <DocumentTitle title={query.page > 1 ? `${title} (page ${query.page})` : title} />
      <div className={styles.intro}>
        <h1>Reviews</h1>
        <p>
          Critics, bloggers and programme notes on the films worth arguing about. Read one, then join the
          discussion.
        </p>
      </div>
      <div className={styles.stack}>
        <ReviewFilters query={query} onChange={setQuery} />
        <ActiveFilters query={query} publicationName={names.publication} filmName={names.film} />
        <Suspense fallback={<ReviewResultsSkeleton />}>
          <ReviewResults query={query} names={names} />
        </Suspense>
      </div>
    </div>
  );
}
