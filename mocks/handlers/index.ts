import { http } from 'msw';
import type { BackendContext } from '../context';
import { problem } from '../http';
import { authHandlers } from './auth';
import { commentHandlers } from './comments';
import { facetHandlers } from './facets';
import { mailboxHandlers } from './mailbox';
import { notificationHandlers } from './notifications';
import { reviewHandlers } from './reviews';
import { settingsHandlers } from './settings';
import { subscriptionHandlers } from './subscriptions';
import { systemHandlers } from './system';
import { userHandlers } from './users';

/** All API handlers, in matching order; anything else under /api answers 404. */
export function createHandlers(ctx: BackendContext) {
  return [
    ...systemHandlers(ctx),
    ...facetHandlers(ctx),
    ...reviewHandlers(ctx),
    ...commentHandlers(ctx),
    ...authHandlers(ctx),
    ...userHandlers(ctx),
    ...settingsHandlers(ctx),
    ...subscriptionHandlers(ctx),
    ...notificationHandlers(ctx),
    ...mailboxHandlers(ctx),
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
