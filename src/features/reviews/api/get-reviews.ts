import { queryOptions } from '@tanstack/react-query';
import { reviewListQueryToParams } from '../../../contract/params';
import type { ReviewListQuery } from '../../../contract/reviews';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './keys';

export function getReviews(query: ReviewListQuery, signal?: AbortSignal) {
  return apiRequest('/reviews', 'reviewList', { params: reviewListQueryToParams(query), signal });
}

export const reviewsQueryOptions = (query: ReviewListQuery) =>
  queryOptions({
    queryKey: reviewKeys.list(query),
    queryFn: ({ signal }) => getReviews(query, signal),
  });
