import { useIsFetching, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Pagination } from '../../../components/ui/pagination';
import { Skeleton } from '../../../components/ui/skeleton';
import type { ReviewListQuery } from '../../../contract/reviews';
import { pluralize } from '../../../lib/format';
import { facetsQueryOptions } from '../api/get-facets';
import { reviewsQueryOptions } from '../api/get-reviews';
import { reviewKeys } from '../api/keys';
import { ReviewCard, ReviewCardSkeleton } from './review-card';
import styles from './review-results.module.css';
import { reviewListHref } from './tag-link';
import { hasFilters } from './use-review-list-query';

export interface FilterNames {
  publication?: string;
  film?: string;
}

/** Display names for the slugs in a list query, from the facet lists (when loaded). */
export function useFilterNames(query: ReviewListQuery): FilterNames {
  const publications = useQuery(facetsQueryOptions('publications'));
  const films = useQuery({ ...facetsQueryOptions('films'), enabled: Boolean(query.film) });
  return {
    publication: publications.data?.find((f) => f.value === query.publication)?.label,
    film: films.data?.find((f) => f.value === query.film)?.label,
  };
}

/** "5 reviews match “jonze”", "1 review tagged “AI” from Nerd Signal", "14 reviews". */
export function resultCountMessage(total: number, query: ReviewListQuery, names: FilterNames = {}): string {
  const parts = [pluralize(total, 'review')];
  if (query.q) parts.push(`${total === 1 ? 'matches' : 'match'} “${query.q}”`);
  if (query.tag) parts.push(`tagged “${query.tag}”`);
  if (query.publication) parts.push(`from ${names.publication ?? query.publication}`);
  if (query.film) parts.push(`of ${names.film ?? query.film}`);
  return parts.join(' ');
}

interface ReviewResultsProps {
  query: ReviewListQuery;
  names: FilterNames;
}

export function ReviewResults({ query, names }: ReviewResultsProps) {
  const { data } = useSuspenseQuery(reviewsQueryOptions(query));
  // While a new page of results loads, the current one stays on screen, dimmed.
  const updating = useIsFetching({ queryKey: reviewKeys.lists() }) > 0;
  const filtered = hasFilters(query);

  let content;
  if (data.items.length > 0) {
    content = (
      <ul className={styles.grid}>
        {data.items.map((review) => (
          <li key={review.slug}>
            <ReviewCard review={review} />
          </li>
        ))}
      </ul>
    );
  } else if (data.total > 0) {
    const last = Math.max(1, data.pageCount);
    content = (
      <div className={styles.empty}>
        <h2>There is no page {query.page}</h2>
        <p>
          These results end at page {last}.{' '}
          <Link to={reviewListHref({ ...query, page: last })}>Go to the last page</Link> or{' '}
          <Link to={reviewListHref({ ...query, page: 1 })}>back to the first</Link>.
        </p>
      </div>
    );
  } else if (filtered) {
    content = (
      <div className={styles.empty}>
        <h2>No reviews match</h2>
        <p>Try fewer words, check the spelling, or remove a filter.</p>
        <p className={styles.actions}>
          <Link className="button" to={reviewListHref({ sort: query.sort })}>
            Clear filters
          </Link>
          {query.q && (query.tag || query.publication || query.film) ? (
            <Link className="button button--secondary" to={reviewListHref({ q: query.q })}>
              Search all reviews for “{query.q}”
            </Link>
          ) : null}
        </p>
      </div>
    );
  } else {
    content = (
      <div className={styles.empty}>
        <h2>No reviews yet</h2>
        <p>There is nothing here to read. If you cleared the demo content, you can bring it back.</p>
        <p className={styles.actions}>
          <Link className="button" to="/about">
            Restore the demo data
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className={styles.results} aria-busy={updating} data-updating={updating}>
      <p role="status" className={styles.count}>
        {data.total === 0 && !filtered ? 'No reviews yet' : resultCountMessage(data.total, query, names)}
      </p>
      {content}
      <Pagination
        page={query.page}
        pageCount={data.pageCount}
        hrefForPage={(page) => reviewListHref({ ...query, page })}
        label="Review pages"
      />
    </div>
  );
}

/** Same layout as ReviewResults, shown while the first page of results loads. */
export function ReviewResultsSkeleton() {
  return (
    <div className={styles.results} aria-busy="true">
      <p className="visually-hidden">Loading reviews…</p>
      <p className={styles.count} aria-hidden="true">
        <Skeleton width="11rem" height="1rem" />
      </p>
      <ul className={styles.grid} aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i}>
            <ReviewCardSkeleton />
          </li>
        ))}
      </ul>
    </div>
  );
}
