import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { NotificationPage } from '../../../contract/notifications';
import { notificationKeys } from '../api/keys';
import { markAllReadMutationOptions, markReadMutationOptions } from '../api/mark-read';

type Pages = InfiniteData<NotificationPage, string | undefined>;

/** Marks read in the cached inbox (one id, or all when null); returns the previous data for rollback. */
function markCached(queryClient: QueryClient, id: string | null): Pages | undefined {
  const previous = queryClient.getQueryData<Pages>(notificationKeys.list());
  const wasUnread = previous?.pages.some((page) => page.items.some((item) => item.id === id && !item.read));
  queryClient.setQueryData<number>(notificationKeys.unreadCount(), (count) =>
    count === undefined ? count : id === null ? 0 : wasUnread ? Math.max(0, count - 1) : count,
  );
  if (previous) {
    queryClient.setQueryData<Pages>(notificationKeys.list(), {
      ...previous,
      pages: previous.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (id === null || item.id === id ? { ...item, read: true } : item)),
      })),
    });
  }
  return previous;
}

async function settle(queryClient: QueryClient, count: number | undefined) {
  if (count !== undefined) queryClient.setQueryData(notificationKeys.unreadCount(), count);
  await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

/**
 * Mark one notification read: shown read at once, put back if the server
 * refuses. Keeps going if the page changes meanwhile (opening the
 * notification's link marks it read too).
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    ...markReadMutationOptions(),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      return { previous: markCached(queryClient, id) };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(notificationKeys.list(), context.previous);
    },
    onSettled: (count) => settle(queryClient, count),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    ...markAllReadMutationOptions(),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      return { previous: markCached(queryClient, null) };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(notificationKeys.list(), context.previous);
    },
    onSettled: (count) => settle(queryClient, count),
  });
}
