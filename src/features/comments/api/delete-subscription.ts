import { apiRequest } from '../../../lib/api-client';

/** Stop following (204). */
export function deleteSubscription(subscriptionId: string) {
  return apiRequest(`/subscriptions/${encodeURIComponent(subscriptionId)}`, 'noContent', {
    method: 'DELETE',
  });
}
