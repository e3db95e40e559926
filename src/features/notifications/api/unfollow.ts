import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** DELETE /api/subscriptions/:id answers 204. */
export function unfollow(subscriptionId: string) {
  return apiRequest(`/subscriptions/${encodeURIComponent(subscriptionId)}`, 'noContent', {
    method: 'DELETE',
  });
}

export const unfollowMutationOptions = () =>
  mutationOptions({
    mutationKey: ['subscriptions', 'unfollow'] as const,
    mutationFn: unfollow,
  });
