import { http } from 'msw';
import type { BackendContext } from '../context';
import { problem } from '../http';
import { commentHandlers } from './comments';
import { facetHandlers } from './facets';
import { reviewHandlers } from './reviews';
import { systemHandlers } from './system';

/** All API handlers, in matching order; anything else under /api answers 404. */
export function createHandlers(ctx: BackendContext) {
  return [
    ...systemHandlers(ctx),
    ...facetHandlers(ctx),
    ...reviewHandlers(ctx),
    ...commentHandlers(ctx),
    http.all('*/api/*', ({ request }) =>
      problem({
        status: 404,
        title: 'Not found',
        detail: `No API endpoint answers ${request.method} ${new URL(request.url).pathname}.`,
        code: 'no-route',
      }),
    ),
  ];
}
