import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys, type FacetKind } from './keys';

export function getFacets(kind: FacetKind, signal?: AbortSignal) {
  return apiRequest(`/${kind}`, 'facets', { signal }).then((r) => r.items);
}

export const facetsQueryOptions = (kind: FacetKind) =>
  queryOptions({
    queryKey: reviewKeys.facets(kind),
    queryFn: ({ signal }) => getFacets(kind, signal),
    staleTime: 5 * 60_000,
  });
