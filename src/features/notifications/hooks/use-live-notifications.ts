import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribe } from '../../../lib/live-events';
import { notificationKeys } from '../api/keys';

/**
 * Keeps the inbox and the unread count current while the page is open: any
 * tab's backend announces new notifications (and comment changes, which can
 * add or remove some) on the shared channel, and we refetch.
 */
export function useLiveNotifications(userId: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (userId === null) return;
    return subscribe((event) => {
      if (event.type === 'notifications-changed' && event.userIds && !event.userIds.includes(userId)) return;
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    });
  }, [queryClient, userId]);
}
