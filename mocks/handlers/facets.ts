import { http } from 'msw';
import type { FacetsResponse } from '../../src/contract/reviews';
import type { BackendContext } from '../context';
import { listFilms, listPublications, listTags } from '../domain/reviews';
import { guarded, json } from '../http';

export function facetHandlers({ store }: BackendContext) {
  const facet = (path: string, list: typeof listTags) =>
    http.get(
      path,
      guarded(async () => json<FacetsResponse>({ items: await store.read(list) })),
    );
  return [
    facet('*/api/tags', listTags),
    facet('*/api/publications', listPublications),
    facet('*/api/films', listFilms),
  ];
}
