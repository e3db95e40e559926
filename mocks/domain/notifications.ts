import type { EmailFrequency } from '../../src/contract/accounts';
import {
  NOTIFICATION_PROBLEM_CODES as CODES,
  commentPermalink,
  type Notification,
  type NotificationKind,
  type NotificationPage,
  type NotificationsQuery,
} from '../../src/contract/notifications';
import type {
  CommentRecord,
  NotificationRecord,
  OutboxRecord,
  ReviewRow,
  SettingsRecord,
  StoreTx,
  UserRecord,
} from '../store/types';
import { DEFAULT_SETTINGS, mailboxOf, requireSelf, requireSignedIn } from './accounts';
import type { Actor } from './comments';
import { DomainError } from './errors';
import { randomId } from './encoding';
import { plainExcerpt } from './excerpt';
import { pageNewestFirst } from './paging';

/*
 * Who to tell about a new comment, the in-app inbox, and the daily digest.
 *
 * The rule (recipientsFor, a pure function): followers of the whole thread,
 * followers of every sub-thread the comment lands in (each ancestor's), and
 * the author of the parent unless they turned reply notifications off. One
 * notification per person, for the strongest reason (reply > subthread >
 * thread); never the commenter; guests have no inbox.
 *
 * A notification about a comment that is later deleted or hidden stays stored
 * (a restore brings it back) but is left out of the inbox and the unread
 * count, and out of any email not yet sent.
 */

export interface Follower {
  userId: string;
  subscriptionId: string;
}

export interface NewComment {
  /** The commenter's account; null for a guest. */
  authorUserId: string | null;
  /** Ancestors' ids, parent first, top-level comment last; empty for a top-level comment. */
  ancestorIds: readonly string[];
}

export interface FanOutFacts {
  /** Followers of the whole discussion. */
  threadFollowers: readonly Follower[];
  /**
   * Sub-thread followers by followed comment id. May hold other comments of
   * the review too: only the new comment's ancestors count.
   */
  subthreadFollowersByAncestor: ReadonlyMap<string, readonly Follower[]>;
  /** The parent's author, when the parent was written by an account. */
  parentAuthorUserId: string | null;
  /** Per-user settings; anyone missing has DEFAULT_SETTINGS. */
  settings: ReadonlyMap<string, Pick<SettingsRecord, 'notifyOnReplies' | 'emailFrequency'>>;
}

export interface Recipient {
  userId: string;
  reason: NotificationKind;
  /** The subscription that earned it (the nearest followed ancestor for 'subthread'); null for 'reply'. */
  subscriptionId: string | null;
  email: EmailFrequency;
}

export function recipientsFor(comment: NewComment, facts: FanOutFacts): Recipient[] {
  const chosen = new Map<string, Recipient>();
  const settingsOf = (userId: string) => facts.settings.get(userId) ?? DEFAULT_SETTINGS;
  const offer = (userId: string, reason: NotificationKind, subscriptionId: string | null) => {
    if (userId === comment.authorUserId || chosen.has(userId)) return;
    chosen.set(userId, { userId, reason, subscriptionId, email: settingsOf(userId).emailFrequency });
  };
  // Strongest reason first: the first offer for a person wins.
  const parentAuthor = facts.parentAuthorUserId;
  if (parentAuthor !== null && comment.ancestorIds.length > 0 && settingsOf(parentAuthor).notifyOnReplies) {
    offer(parentAuthor, 'reply', null);
  }
  for (const ancestorId of comment.ancestorIds) {
    for (const f of facts.subthreadFollowersByAncestor.get(ancestorId) ?? []) {
      offer(f.userId, 'subthread', f.subscriptionId);
    }
  }
  for (const f of facts.threadFollowers) offer(f.userId, 'thread', f.subscriptionId);
  return [...chosen.values()];
}

/** Parent first. */
async function ancestorsOf(tx: StoreTx, record: CommentRecord): Promise<CommentRecord[]> {
  const chain: CommentRecord[] = [];
  let parentId = record.parentId;
  while (parentId !== null) {
    const parent = await tx.get('comments', parentId);
    if (!parent) break;
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain;
}

const authorUserId = (record: CommentRecord): string | null =>
  record.author.kind === 'user' ? record.author.userId : null;

/**
 * Tell everyone concerned about a comment that was just created: one
 * notification each and, for those who want email at once, an outbox email
 * queued for the mailer. Call it in the same write transaction as postComment,
 * only when it created the comment. Returns who was notified.
 */
export async function fanOut(tx: StoreTx, record: CommentRecord, now: Date): Promise<Recipient[]> {
  const ancestors = await ancestorsOf(tx, record);
  const subscriptions = await tx.getAllByIndex('subscriptions', 'byReview', record.reviewId);
  const threadFollowers: Follower[] = [];
  const byAncestor = new Map<string, Follower[]>();
  for (const s of subscriptions) {
    const follower = { userId: s.userId, subscriptionId: s.id };
    if (s.kind === 'thread') threadFollowers.push(follower);
    else {
      const list = byAncestor.get(s.commentId);
      if (list) list.push(follower);
      else byAncestor.set(s.commentId, [follower]);
    }
  }
  const parent = ancestors[0];
  const parentAuthorUserId = parent ? authorUserId(parent) : null;
  const candidates = new Set([
    ...subscriptions.map((s) => s.userId),
    ...(parentAuthorUserId ? [parentAuthorUserId] : []),
  ]);
  const settingsRows = await Promise.all([...candidates].map((id) => tx.get('settings', id)));
  const settings = new Map(settingsRows.flatMap((s) => (s ? [[s.userId, s] as const] : [])));

  const recipients = recipientsFor(
    { authorUserId: authorUserId(record), ancestorIds: ancestors.map((a) => a.id) },
    { threadFollowers, subthreadFollowersByAncestor: byAncestor, parentAuthorUserId, settings },
  );

  const delivered: Recipient[] = [];
  const createdAt = now.toISOString();
  for (const r of recipients) {
    const [user, already] = await Promise.all([
      tx.get('users', r.userId),
      tx.getByIndex('notifications', 'byUserComment', [r.userId, record.id]),
    ]);
    if (!user || already) continue;
    const notification: NotificationRecord = {
      id: randomId('n'),
      userId: r.userId,
      kind: r.reason,
      commentId: record.id,
      reviewId: record.reviewId,
      subscriptionId: r.subscriptionId,
      createdAt,
      read: 0,
      email: r.email === 'immediately' ? 'immediate' : r.email === 'daily' ? 'digest-pending' : 'none',
    };
    await tx.put('notifications', notification);
    if (r.email === 'immediately') {
      await tx.put(
        'outbox',
        queuedEmail(user, 'immediate', [notification.id], r.subscriptionId ?? 'replies', now),
      );
    }
    delivered.push(r);
  }
  return delivered;
}

function queuedEmail(
  user: UserRecord,
  kind: OutboxRecord['kind'],
  notificationIds: string[],
  unsubscribe: string,
  now: Date,
): OutboxRecord {
  return {
    id: randomId('e'),
    userId: user.id,
    kind,
    status: 'queued',
    createdAt: now.toISOString(),
    notificationIds,
    unsubscribe,
    to: mailboxOf(user),
  };
}

/** Whether notifications (and unsent emails) about this comment should still show. */
export const isNotifiable = (comment: CommentRecord | undefined): comment is CommentRecord =>
  comment !== undefined && comment.deletedAt === null && !comment.hiddenAt;

/** What a notification or an email says about its comment. */
export interface NotificationFacts {
  comment: CommentRecord;
  review: ReviewRow;
  actorName: string;
}

/** Loads, for each notification, its comment, review and author's name; leaves out those not to show. */
export async function factsFor(
  tx: StoreTx,
  notifications: readonly NotificationRecord[],
): Promise<Map<string, NotificationFacts>> {
  const comments = new Map<string, CommentRecord | undefined>();
  const reviews = new Map<string, ReviewRow | undefined>();
  const users = new Map<string, UserRecord | undefined>();
  const out = new Map<string, NotificationFacts>();
  for (const n of notifications) {
    if (!comments.has(n.commentId)) comments.set(n.commentId, await tx.get('comments', n.commentId));
    const comment = comments.get(n.commentId);
    if (!isNotifiable(comment)) continue;
    if (!reviews.has(comment.reviewId))
      reviews.set(comment.reviewId, await tx.get('reviews', comment.reviewId));
    const review = reviews.get(comment.reviewId);
    if (!review) continue;
    let actorName: string;
    if (comment.author.kind === 'guest') actorName = comment.author.name;
    else {
      const id = comment.author.userId;
      if (!users.has(id)) users.set(id, await tx.get('users', id));
      actorName = users.get(id)?.displayName ?? 'Former member';
    }
    out.set(n.id, { comment, review, actorName });
  }
  return out;
}

function toApiNotification(n: NotificationRecord, facts: NotificationFacts): Notification {
  return {
    id: n.id,
    kind: n.kind,
    read: n.read === 1,
    createdAt: n.createdAt,
    commentId: facts.comment.id,
    commentNumber: facts.comment.number,
    reviewSlug: facts.review.slug,
    reviewTitle: facts.review.title,
    actorName: facts.actorName,
    excerpt: plainExcerpt(facts.comment.body),
    link: commentPermalink(facts.review.slug, facts.comment.id),
  };
}

const INBOX = 'An inbox is for registered users: notifications need an account to go to.';

async function visibleUnread(tx: StoreTx, userId: string): Promise<NotificationRecord[]> {
  const unread = await tx.getAllByIndex('notifications', 'byUserRead', [userId, 0]);
  const facts = await factsFor(tx, unread);
  return unread.filter((n) => facts.has(n.id));
}

/** The actor's inbox, newest first. */
export async function listNotifications(
  tx: StoreTx,
  actor: Actor,
  query: NotificationsQuery,
): Promise<NotificationPage> {
  const { userId } = requireSignedIn(actor, INBOX);
  const all = await tx.getAllByIndex('notifications', 'byUser', userId);
  const facts = await factsFor(tx, all);
  const visible = all.filter((n) => facts.has(n.id));
  const { items, nextCursor } = pageNewestFirst(
    visible,
    (n) => [n.createdAt, n.id],
    query.cursor,
    query.limit,
  );
  return {
    items: items.flatMap((n) => {
      const f = facts.get(n.id);
      return f ? [toApiNotification(n, f)] : [];
    }),
    nextCursor,
    unreadCount: visible.filter((n) => n.read === 0).length,
  };
}

/** Unread and still showing; 0 for a guest. */
export async function unreadCount(tx: StoreTx, actor: Actor): Promise<number> {
  if (actor.kind !== 'user') return 0;
  return (await visibleUnread(tx, actor.userId)).length;
}

/** Mark one read: 404 if there is no such notification, 403 if it is someone else's. Answers the new unread count. */
export async function markRead(tx: StoreTx, actor: Actor, notificationId: string): Promise<number> {
  requireSignedIn(actor, INBOX);
  const n = await tx.get('notifications', notificationId);
  if (!n) {
    throw DomainError.notFound(
      'Notification not found',
      'There is no such notification.',
      CODES.notificationNotFound,
    );
  }
  requireSelf(actor, n.userId, 'notifications');
  if (n.read === 0) await tx.put('notifications', { ...n, read: 1 });
  return unreadCount(tx, actor);
}

export async function markAllRead(tx: StoreTx, actor: Actor): Promise<number> {
  const { userId } = requireSignedIn(actor, INBOX);
  const unread = await tx.getAllByIndex('notifications', 'byUserRead', [userId, 0]);
  await Promise.all(unread.map((n) => tx.put('notifications', { ...n, read: 1 })));
  return 0;
}

/** Accounts holding a notification about a comment (whose inbox changes when it is deleted, hidden or restored). */
export async function notifiedUsers(tx: StoreTx, commentId: string): Promise<string[]> {
  const rows = await tx.getAllByIndex('notifications', 'byComment', commentId);
  return [...new Set(rows.map((n) => n.userId))];
}

// ------------------------------------------------------------------ digests

/**
 * Queue one digest email per person with notifications waiting for one,
 * covering all of them. Comments deleted or hidden since are skipped (a digest
 * with nothing left is not sent), and so is everything for someone who turned
 * email off meanwhile. Run daily; POST /api/mailbox/digest runs it on demand.
 * Returns how many digests were queued.
 */
export async function buildDigests(tx: StoreTx, now: Date): Promise<number> {
  const pending = await tx.getAllByIndex('notifications', 'byEmail', 'digest-pending');
  const byUser = new Map<string, NotificationRecord[]>();
  for (const n of pending) {
    const list = byUser.get(n.userId);
    if (list) list.push(n);
    else byUser.set(n.userId, [n]);
  }
  const facts = await factsFor(tx, pending);
  let queued = 0;
  for (const [userId, list] of byUser) {
    const [user, settings] = await Promise.all([tx.get('users', userId), tx.get('settings', userId)]);
    const wantsEmail = (settings ?? DEFAULT_SETTINGS).emailFrequency !== 'off';
    const included = user && wantsEmail ? list.filter((n) => facts.has(n.id)) : [];
    const includedIds = new Set(included.map((n) => n.id));
    await Promise.all(
      list.map((n) =>
        tx.put('notifications', { ...n, email: includedIds.has(n.id) ? 'digest-sent' : 'digest-skipped' }),
      ),
    );
    if (!user || included.length === 0) continue;
    included.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    await tx.put(
      'outbox',
      queuedEmail(
        user,
        'digest',
        included.map((n) => n.id),
        'email',
        now,
      ),
    );
    queued++;
  }
  return queued;
}
