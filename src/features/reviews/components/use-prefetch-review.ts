import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { reviewQueryOptions } from '../api/get-review';

/** Data younger than this is not fetched again on hover. */
const PREFETCH_STALE_MS = 60_000;

/**
 * Handlers for a link to a review: hovering or focusing it starts loading the
 * review, so the page usually opens with its data already in the cache.
 */
export function usePrefetchReview(slug: string) {
  const queryClient = useQueryClient();
  const prefetch = useCallback(() => {
    queryClient.query({ ...reviewQueryOptions(slug), staleTime: PREFETCH_STALE_MS }).catch(() => {
      // A failed prefetch is harmless: the page fetches again and shows the error there.
    });
  }, [queryClient, slug]);
  return useMemo(() => ({ onMouseEnter: prefetch, onFocus: prefetch }), [prefetch]);
}
