import { mutationOptions } from '@tanstack/react-query';
import { digestResultSchema } from '../../../contract/notifications';
import { apiRequest } from '../../../lib/api-client';

export function sendDigests() {
  return apiRequest('/mailbox/digest', digestResultSchema, { method: 'POST', body: {} });
}

export const sendDigestsMutationOptions = () =>
  mutationOptions({
    mutationKey: ['mailbox', 'digest'] as const,
    mutationFn: sendDigests,
  });
