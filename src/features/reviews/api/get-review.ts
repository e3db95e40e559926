import { queryOptions } from '@tanstack/react-query';
import { reviewDetailSchema } from '../../../contract/reviews';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './keys';

export function getReview(slug: string, signal?: AbortSignal) {
  return apiRequest(`/reviews/${encodeURIComponent(slug)}`, reviewDetailSchema, { signal });
}

export const reviewQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(slug),
    queryFn: ({ signal }) => getReview(slug, signal),
  });
