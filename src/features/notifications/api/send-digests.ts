import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function sendDigests() {
  return apiRequest('/mailbox/digest', 'digestResult', { method: 'POST', body: {} });
}

export const sendDigestsMutationOptions = () =>
  mutationOptions({
    mutationKey: ['mailbox', 'digest'] as const,
    mutationFn: sendDigests,
  });
