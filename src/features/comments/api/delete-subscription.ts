import { z } from '../../../contract/zod';
import { apiRequest } from '../../../lib/api-client';

/** Stop following (204). */
export function deleteSubscription(subscriptionId: string) {
  return apiRequest(`/subscriptions/${encodeURIComponent(subscriptionId)}`, z.undefined(), {
    method: 'DELETE',
  });
}
