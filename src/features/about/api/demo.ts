import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { resetResponseSchema, statusResponseSchema } from '../../../contract/system';
import { apiRequest } from '../../../lib/api-client';

export const statusQueryOptions = () =>
  queryOptions({
    queryKey: ['status'] as const,
    queryFn: ({ signal }) => apiRequest('/status', statusResponseSchema, { signal }),
    staleTime: Infinity,
  });

export const resetDemoMutationOptions = () =>
  mutationOptions({
    mutationKey: ['demo', 'reset'] as const,
    mutationFn: () => apiRequest('/demo/reset', resetResponseSchema, { method: 'POST', body: {} }),
  });
