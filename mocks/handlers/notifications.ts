import { http } from 'msw';
import {
  emptyBodySchema,
  notificationsQuerySchema,
  type UnreadCount,
} from '../../src/contract/notifications';
import { credentialsOf, resolveRequester } from '../actor';
import type { BackendContext } from '../context';
import { listNotifications, markAllRead, markRead, unreadCount } from '../domain/notifications';
import { guarded, json, queryOf, readBody } from '../http';

export function notificationHandlers({ store, now, publish }: BackendContext) {
  return [
    http.get(
      '*/api/notifications',
      guarded(async ({ request }) => {
        // Forgiving like the other list queries: a malformed value falls back to its default.
        const query = notificationsQuerySchema.parse(queryOf(request));
        const creds = await credentialsOf(request);
        const at = now();
        return json(
          await store.read(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'read');
            return listNotifications(tx, actor, query);
          }),
        );
      }),
    ),
    http.get(
      '*/api/notifications/unread-count',
      guarded(async ({ request }) => {
        const creds = await credentialsOf(request);
        const at = now();
        const count = await store.read(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'read');
          return unreadCount(tx, actor);
        });
        return json<UnreadCount>({ count });
      }),
    ),
    http.post(
      '*/api/notifications/read-all',
      guarded(async ({ request }) => {
        await readBody(request, emptyBodySchema);
        const creds = await credentialsOf(request);
        const at = now();
        const { count, userId } = await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          return { count: await markAllRead(tx, actor), userId: actor.kind === 'user' ? actor.userId : null };
        });
        if (userId) publish?.({ type: 'notifications-changed', userIds: [userId] });
        return json<UnreadCount>({ count });
      }),
    ),
    http.post(
      '*/api/notifications/:id/read',
      guarded(async ({ request, params }) => {
        await readBody(request, emptyBodySchema);
        const creds = await credentialsOf(request);
        const at = now();
        const { count, userId } = await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          return {
            count: await markRead(tx, actor, String(params.id)),
            userId: actor.kind === 'user' ? actor.userId : null,
          };
        });
        if (userId) publish?.({ type: 'notifications-changed', userIds: [userId] });
        return json<UnreadCount>({ count });
      }),
    ),
  ];
}
