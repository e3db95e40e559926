import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export async function markNotificationRead(id: string): Promise<number> {
  const { count } = await apiRequest(`/notifications/${encodeURIComponent(id)}/read`, 'unreadCount', {
    method: 'POST',
    body: {},
  });
  return count;
}

export async function markAllNotificationsRead(): Promise<number> {
  const { count } = await apiRequest('/notifications/read-all', 'unreadCount', {
    method: 'POST',
    body: {},
  });
  return count;
}

export const markReadMutationOptions = () =>
  mutationOptions({
    mutationKey: ['notifications', 'mark-read'] as const,
    mutationFn: markNotificationRead,
  });

export const markAllReadMutationOptions = () =>
  mutationOptions({
    mutationKey: ['notifications', 'mark-all-read'] as const,
    mutationFn: markAllNotificationsRead,
  });
