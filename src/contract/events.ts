import { z } from './zod';

// Without zod, in constants.ts (and params.ts), so code on the app's first load can use them.
export { BROADCAST_CHANNEL_NAME } from './constants';

/*
 * Live updates across tabs. The backend runs inside every tab over one shared
 * IndexedDB; after a write that others should see, the tab that made it posts
 * a small event on a BroadcastChannel with this name. Listeners refetch what
 * the event names. Every BroadcastChannel object with the name receives it
 * except the one that posted, so a listener in the posting tab hears its own
 * tab's events too.
 */

export const backendEventSchema = z.object({
  type: z.enum(['comment-created', 'comment-updated', 'comment-deleted', 'notifications-changed']),
  reviewSlug: z.string().optional(),
  commentId: z.string().optional(),
  /** For `notifications-changed`: whose inbox or unread count changed. */
  userIds: z.array(z.string()).optional(),
});
export type BackendEvent = z.infer<typeof backendEventSchema>;
