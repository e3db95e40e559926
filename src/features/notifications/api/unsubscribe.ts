import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Works signed out: the token alone says what to stop. */
export function unsubscribe(token: string) {
  return apiRequest('/unsubscribe', 'unsubscribeResult', { method: 'POST', body: { token } });
}

export const unsubscribeMutationOptions = () =>
  mutationOptions({
    mutationKey: ['unsubscribe'] as const,
    mutationFn: unsubscribe,
  });
