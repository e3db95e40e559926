import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** Live events are the main way the count updates; this is the fallback when a tab missed one. */
export const UNREAD_COUNT_REFRESH_MS = 60_000;

export async function getUnreadCount(signal?: AbortSignal): Promise<number> {
  return (await apiRequest('/notifications/unread-count', 'unreadCount', { signal })).count;
}

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getUnreadCount(signal),
    staleTime: 0,
    refetchInterval: UNREAD_COUNT_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
