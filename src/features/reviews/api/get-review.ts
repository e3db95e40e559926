import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './keys';

export function getReview(slug: string, signal?: AbortSignal) {
  return apiRequest(`/reviews/${encodeURIComponent(slug)}`, 'reviewDetail', { signal });
}

export const reviewQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(slug),
    queryFn: ({ signal }) => getReview(slug, signal),
  });
