import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/*
 * What the reader follows in one discussion. The key sits under
 * ['subscriptions'] (the notifications feature's root for "what I follow",
 * spelled out because features do not import each other), so unfollowing on
 * the Following page refreshes the thread's toggles, and following here
 * refreshes that page.
 */

export const subscriptionsRootKey = ['subscriptions'] as const;
export const subscriptionStateKey = (reviewSlug: string) =>
  [...subscriptionsRootKey, 'state', reviewSlug] as const;

export function getSubscriptionState(reviewSlug: string, signal?: AbortSignal) {
  return apiRequest(`/reviews/${encodeURIComponent(reviewSlug)}/subscription-state`, 'subscriptionState', {
    signal,
  });
}

export const subscriptionStateQueryOptions = (reviewSlug: string) =>
  queryOptions({
    queryKey: subscriptionStateKey(reviewSlug),
    queryFn: ({ signal }) => getSubscriptionState(reviewSlug, signal),
  });
