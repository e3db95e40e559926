import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { subscriptionKeys } from './keys';

export function getSubscriptions(signal?: AbortSignal) {
  return apiRequest('/subscriptions', 'subscriptionList', { signal });
}

export const subscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: subscriptionKeys.list(),
    queryFn: ({ signal }) => getSubscriptions(signal),
  });
