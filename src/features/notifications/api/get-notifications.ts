import { infiniteQueryOptions } from '@tanstack/react-query';
import { NOTIFICATIONS_PAGE_SIZE } from '../../../contract/constants';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export function getNotifications(cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/notifications', 'notificationPage', {
    params: { cursor, limit: NOTIFICATIONS_PAGE_SIZE },
    signal,
  });
}

/** My notifications, newest first, a page at a time ("Load more"). */
export const notificationsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
