import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { accountKeys } from './keys';

export function getSettings(signal?: AbortSignal) {
  return apiRequest('/settings', 'settings', { signal });
}

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: accountKeys.settings,
    queryFn: ({ signal }) => getSettings(signal),
  });
