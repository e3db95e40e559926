/** Hierarchical: invalidating ['notifications'] refreshes the inbox and the unread count together. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
};

/** What I follow. A thread's own "following" state should live under this key too, so unfollowing here refreshes it. */
export const subscriptionKeys = {
  all: ['subscriptions'] as const,
  list: () => [...subscriptionKeys.all, 'list'] as const,
};

export const mailboxKeys = {
  all: ['mailbox'] as const,
};
