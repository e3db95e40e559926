import { authResponseSchema, profileSchema, sessionStateSchema, settingsSchema } from './accounts';
import {
  commentContextSchema,
  commentResponseSchema,
  deleteCommentResultSchema,
  repliesPageSchema,
  threadPageSchema,
} from './comments';
import { backendEventSchema } from './events';
import {
  digestResultSchema,
  mailboxSchema,
  notificationPageSchema,
  subscriptionListSchema,
  subscriptionSchema,
  subscriptionStateSchema,
  unreadCountSchema,
  unsubscribeResultSchema,
} from './notifications';
import { problemSchema } from './problem';
import { facetsResponseSchema, reviewDetailSchema, reviewListResponseSchema } from './reviews';
import { generateThreadResponseSchema, resetResponseSchema, statusResponseSchema } from './system';
import { z } from './zod';

/*
 * What the client validates at run time, in one module that it loads lazily
 * (src/lib/lazy-contract.ts) instead of importing: the schemas pull in zod, and
 * nothing here is needed before the embedded backend is up (it imports the same
 * modules, so the bundler puts them in a chunk the two share).
 */

/** Every answer the client reads, by the name apiRequest takes. */
export const responseSchemas = {
  authResponse: authResponseSchema,
  comment: commentResponseSchema,
  commentContext: commentContextSchema,
  deleteCommentResult: deleteCommentResultSchema,
  digestResult: digestResultSchema,
  facets: facetsResponseSchema,
  generateThread: generateThreadResponseSchema,
  mailbox: mailboxSchema,
  /** 204 No Content. */
  noContent: z.undefined(),
  notificationPage: notificationPageSchema,
  profile: profileSchema,
  repliesPage: repliesPageSchema,
  reset: resetResponseSchema,
  reviewDetail: reviewDetailSchema,
  reviewList: reviewListResponseSchema,
  sessionState: sessionStateSchema,
  settings: settingsSchema,
  status: statusResponseSchema,
  subscription: subscriptionSchema,
  subscriptionList: subscriptionListSchema,
  subscriptionState: subscriptionStateSchema,
  threadPage: threadPageSchema,
  unreadCount: unreadCountSchema,
  unsubscribeResult: unsubscribeResultSchema,
};

export { backendEventSchema, problemSchema };
export { parseThreadQuery } from './comments';
