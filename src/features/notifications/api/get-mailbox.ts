import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mailboxKeys } from './keys';

export function getMailbox(signal?: AbortSignal) {
  return apiRequest('/mailbox', 'mailbox', { signal });
}

export const mailboxQueryOptions = () =>
  queryOptions({
    queryKey: mailboxKeys.all,
    queryFn: ({ signal }) => getMailbox(signal),
    staleTime: 0,
  });
