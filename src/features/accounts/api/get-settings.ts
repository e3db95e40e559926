import { queryOptions } from '@tanstack/react-query';
import { settingsSchema } from '../../../contract/accounts';
import { apiRequest } from '../../../lib/api-client';
import { accountKeys } from './keys';

export function getSettings(signal?: AbortSignal) {
  return apiRequest('/settings', settingsSchema, { signal });
}

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: accountKeys.settings,
    queryFn: ({ signal }) => getSettings(signal),
  });
