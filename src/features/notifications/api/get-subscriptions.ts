import { queryOptions } from '@tanstack/react-query';
import { subscriptionListSchema } from '../../../contract/notifications';
import { apiRequest } from '../../../lib/api-client';
import { subscriptionKeys } from './keys';

export function getSubscriptions(signal?: AbortSignal) {
  return apiRequest('/subscriptions', subscriptionListSchema, { signal });
}

export const subscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: subscriptionKeys.list(),
    queryFn: ({ signal }) => getSubscriptions(signal),
  });
