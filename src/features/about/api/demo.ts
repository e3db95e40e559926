import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const statusQueryOptions = () =>
  queryOptions({
    queryKey: ['status'] as const,
    queryFn: ({ signal }) => apiRequest('/status', 'status', { signal }),
    staleTime: Infinity,
  });

export const resetDemoMutationOptions = () =>
  mutationOptions({
    mutationKey: ['demo', 'reset'] as const,
    mutationFn: () => apiRequest('/demo/reset', 'reset', { method: 'POST', body: {} }),
  });
