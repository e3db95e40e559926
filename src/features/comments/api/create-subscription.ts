import type { CreateSubscriptionBody } from '../../../contract/notifications';
import { apiRequest } from '../../../lib/api-client';

/** Follow a whole discussion or one comment's replies. Idempotent: following again answers the same subscription. */
export function createSubscription(body: CreateSubscriptionBody) {
  return apiRequest('/subscriptions', 'subscription', { method: 'POST', body });
}
