import { z } from './zod';
import { NOTIFICATIONS_PAGE_SIZE } from './constants';

// Without zod, in constants.ts (and params.ts), so code on the app's first load can use them.
export { NOTIFICATIONS_PAGE_SIZE } from './constants';

/*
 * Following discussions, the in-app inbox, and the simulated email outbox.
 * All of it is for registered users: a guest asking answers 401 with code
 * `sign-in-required` and a sentence that offers sign-in.
 */

const isoSchema = z.iso.datetime();
const idSchema = z.string().min(1).max(200);

/** Where a comment lives: `/reviews/<slug>?comment=<id>#comment-<id>`. */
export function commentPermalink(reviewSlug: string, commentId: string): string {
  const id = encodeURIComponent(commentId);
  return `/reviews/${encodeURIComponent(reviewSlug)}?comment=${id}#comment-${id}`;
}

/** The page an email's unsubscribe link opens; it POSTs the token to /api/unsubscribe. */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

export function unsubscribeLink(token: string): string {
  return `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;
}

// ----------------------------------------------------------- subscriptions

/** `thread`: the whole discussion under a review. `subthread`: replies under one comment, at any depth. */
export const subscriptionKindSchema = z.enum(['thread', 'subthread']);
export type SubscriptionKind = z.infer<typeof subscriptionKindSchema>;

/**
 * POST /api/subscriptions. Idempotent: following again answers the existing
 * subscription (200) instead of a new one (201).
 */
export const createSubscriptionBodySchema = z
  .strictObject({
    kind: subscriptionKindSchema,
    reviewSlug: z.string().min(1).max(200),
    /** Required for `subthread`; not allowed for `thread`. */
    commentId: idSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'subthread' && body.commentId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['commentId'],
        message: 'Say which comment’s replies to follow.',
      });
    }
    if (body.kind === 'thread' && body.commentId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['commentId'],
        message: 'A whole-thread subscription does not name a comment.',
      });
    }
  });
export type CreateSubscriptionBody = z.infer<typeof createSubscriptionBodySchema>;

export const subscriptionSchema = z.object({
  id: idSchema,
  kind: subscriptionKindSchema,
  reviewSlug: z.string(),
  reviewTitle: z.string(),
  /** The followed comment, for `subthread`; null for `thread`. */
  commentId: idSchema.nullable(),
  commentNumber: z.number().int().positive().nullable(),
  createdAt: isoSchema,
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/** GET /api/subscriptions: mine, newest first. DELETE /api/subscriptions/:id answers 204. */
export const subscriptionListSchema = z.object({ items: z.array(subscriptionSchema) });
export type SubscriptionList = z.infer<typeof subscriptionListSchema>;

/**
 * GET /api/reviews/:slug/subscription-state: what I follow in this discussion.
 * For a guest: `signedIn` false and nothing followed (200, not 401).
 */
export const subscriptionStateSchema = z.object({
  reviewSlug: z.string(),
  signedIn: z.boolean(),
  /** Id of my whole-thread subscription (to DELETE it), or null. */
  thread: idSchema.nullable(),
  /** Comment id → id of my sub-thread subscription on it. */
  comments: z.record(idSchema, idSchema),
});
export type SubscriptionState = z.infer<typeof subscriptionStateSchema>;

// ----------------------------------------------------------- notifications

/**
 * Why I was told, strongest reason only (one notification per comment):
 * `reply` to my comment, beats `subthread` (a comment whose replies I follow),
 * beats `thread` (the whole discussion).
 */
export const notificationKindSchema = z.enum(['thread', 'subthread', 'reply']);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  kind: notificationKindSchema,
  read: z.boolean(),
  createdAt: isoSchema,
  commentId: idSchema,
  commentNumber: z.number().int().positive(),
  reviewSlug: z.string(),
  reviewTitle: z.string(),
  /** Who wrote the comment. */
  actorName: z.string(),
  /** Plain text (escape it when rendering), spoilers replaced by "[spoiler]". */
  excerpt: z.string(),
  /** The comment's permalink (see commentPermalink). */
  link: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuerySchema = z.object({
  cursor: z.string().min(1).max(500).optional().catch(undefined),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .catch(NOTIFICATIONS_PAGE_SIZE)
    .default(NOTIFICATIONS_PAGE_SIZE),
});
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/**
 * GET /api/notifications?cursor&limit: mine, newest first, read and unread.
 * Notifications about a comment that has since been deleted or hidden are left out.
 */
export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().nonnegative(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

/**
 * GET /api/notifications/unread-count. For a guest: 0 (200, not 401), so a
 * header can always ask. POST /api/notifications/:id/read and
 * POST /api/notifications/read-all answer the new count too.
 */
export const unreadCountSchema = z.object({ count: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** POST /api/notifications/:id/read and /read-all take no body (or `{}`). */
export const emptyBodySchema = z.strictObject({}).optional();

// ------------------------------------------------------------------- email

export const outboxEmailSchema = z.object({
  id: idSchema,
  /** `Display Name <username@…>` (simulated addresses). */
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** A complete, escaped HTML body: safe to show in a sandboxed iframe (srcdoc). */
  html: z.string(),
  createdAt: isoSchema,
  /** `/unsubscribe?token=…` (see UNSUBSCRIBE_PATH). */
  unsubscribeUrl: z.string(),
  kind: z.enum(['immediate', 'digest']),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

/** GET /api/mailbox: the whole simulated outbox, newest first (a demo page; anyone may read it). */
export const mailboxSchema = z.object({ items: z.array(outboxEmailSchema) });
export type Mailbox = z.infer<typeof mailboxSchema>;

/** POST /api/mailbox/digest: send the daily digests now (demo). Takes no body (or `{}`). */
export const digestResultSchema = z.object({ sent: z.number().int().nonnegative() });
export type DigestResult = z.infer<typeof digestResultSchema>;

/** POST /api/unsubscribe: works without signing in. */
export const unsubscribeBodySchema = z.strictObject({
  token: z.string({ error: 'The unsubscribe link is incomplete.' }).min(1).max(2000),
});
export type UnsubscribeBody = z.infer<typeof unsubscribeBodySchema>;

export const unsubscribeResultSchema = z.object({
  /** What stopped: a thread or sub-thread subscription, reply notifications, or all email. */
  scope: z.enum(['thread', 'subthread', 'replies', 'email']),
  /** A sentence to show, e.g. “You no longer follow the discussion of …”. */
  message: z.string(),
});
export type UnsubscribeResult = z.infer<typeof unsubscribeResultSchema>;

/** `code` values of the problems these endpoints answer. */
export const NOTIFICATION_PROBLEM_CODES = {
  /** 400: the unsubscribe token was altered or is not one we made. */
  invalidUnsubscribeToken: 'invalid-unsubscribe-token',
  /** 410: the link was used already (nothing left to unsubscribe from). */
  alreadyUnsubscribed: 'already-unsubscribed',
  /** 404 */
  subscriptionNotFound: 'subscription-not-found',
  /** 404 */
  notificationNotFound: 'notification-not-found',
} as const;
