import type { ReviewListQuery } from '../../../contract/reviews';

/** Hierarchical keys: invalidating ['reviews'] refreshes lists and details alike. */
export const reviewKeys = {
  all: ['reviews'] as const,
  lists: () => [...reviewKeys.all, 'list'] as const,
  list: (query: ReviewListQuery) => [...reviewKeys.lists(), query] as const,
  details: () => [...reviewKeys.all, 'detail'] as const,
  detail: (slug: string) => [...reviewKeys.details(), slug] as const,
  facets: (kind: FacetKind) => ['facets', kind] as const,
};

export type FacetKind = 'tags' | 'publications' | 'films';
