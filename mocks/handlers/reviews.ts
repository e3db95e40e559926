import { http } from 'msw';
import { reviewListQuerySchema } from '../../src/contract/reviews';
import type { BackendContext } from '../context';
import { getReviewDetail, listReviews } from '../domain/reviews';
import { guarded, json, queryOf } from '../http';

export function reviewHandlers({ store }: BackendContext) {
  return [
    http.get(
      '*/api/reviews',
      guarded(async ({ request }) => {
        // Forgiving on purpose: unknown or malformed parameters fall back to defaults.
        const query = reviewListQuerySchema.parse(queryOf(request));
        return json(await store.read((tx) => listReviews(tx, query)));
      }),
    ),
    http.get(
      '*/api/reviews/:slug',
      guarded(async ({ params }) => {
        const slug = String(params.slug);
        return json(await store.read((tx) => getReviewDetail(tx, slug)));
      }),
    ),
  ];
}
