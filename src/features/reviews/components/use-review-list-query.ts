import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseReviewListQuery, reviewListQueryToParams } from '../../../contract/params';
import type { ReviewListQuery } from '../../../contract/reviews';

/** True when the list is narrowed by a search or a filter (sort and page do not count). */
export function hasFilters(query: ReviewListQuery): boolean {
  return Boolean(query.q || query.tag || query.publication || query.film);
}

/**
 * The review list query, read from and written to the URL: reload and share
 * keep it. Malformed values fall back to defaults (parseReviewListQuery).
 * Changing anything but the page goes back to page 1.
 */
export function useReviewListQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // Parse once per distinct URL so the query object (and its query key) stays stable.
  const query = useMemo(() => parseReviewListQuery(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (patch: Partial<ReviewListQuery>) => {
      const next: ReviewListQuery = { ...query, page: 1, ...patch };
      setSearchParams(reviewListQueryToParams(next));
    },
    [query, setSearchParams],
  );
  return [query, update] as const;
}

/**
 * Local state that follows `source` whenever it changes, for controls that must
 * show the reader's choice at once while the URL update (a transition) is
 * still loading, and must also follow back/forward navigation.
 */
export function useSyncedState<T>(source: T) {
  const [state, setState] = useState(source);
  const [previous, setPrevious] = useState(source);
  if (!Object.is(previous, source)) {
    setPrevious(source);
    setState(source);
  }
  return [state, setState] as const;
}
