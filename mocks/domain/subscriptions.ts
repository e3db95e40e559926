import {
  NOTIFICATION_PROBLEM_CODES as CODES,
  type CreateSubscriptionBody,
  type Subscription,
  type SubscriptionState,
} from '../../src/contract/notifications';
import type { ReviewRow, StoreTx, SubscriptionRecord } from '../store/types';
import { requireSelf, requireSignedIn } from './accounts';
import type { Actor } from './comments';
import { DomainError } from './errors';
import { randomId } from './encoding';
import { getReviewRow } from './reviews';

/*
 * Following: a whole discussion ('thread') or the replies under one comment
 * ('subthread'). Registered users only; following twice is one subscription.
 */

const FOLLOW_NEEDS_ACCOUNT =
  'Following a discussion is for registered users, so that notifications have somewhere to go.';

async function view(
  tx: StoreTx,
  record: SubscriptionRecord,
  review?: ReviewRow,
): Promise<Subscription | null> {
  const row = review ?? (await tx.get('reviews', record.reviewId));
  if (!row) return null;
  const comment = record.commentId ? await tx.get('comments', record.commentId) : undefined;
  return {
    id: record.id,
    kind: record.kind,
    reviewSlug: row.slug,
    reviewTitle: row.title,
    commentId: record.kind === 'subthread' ? record.commentId : null,
    commentNumber: comment?.number ?? null,
    createdAt: record.createdAt,
  };
}

/** Follow; answers the subscription and whether it is new (201) or already existed (200). */
export async function follow(
  tx: StoreTx,
  actor: Actor,
  input: CreateSubscriptionBody,
  now: Date,
): Promise<{ subscription: Subscription; created: boolean }> {
  const { userId } = requireSignedIn(actor, FOLLOW_NEEDS_ACCOUNT);
  const review = await getReviewRow(tx, input.reviewSlug);
  let commentId = '';
  if (input.kind === 'subthread') {
    const comment = input.commentId === undefined ? undefined : await tx.get('comments', input.commentId);
    if (!comment || comment.reviewId !== review.id) {
      throw DomainError.notFound(
        'Comment not found',
        'There is no such comment in this discussion.',
        'comment-not-found',
      );
    }
    commentId = comment.id;
  }
  const existing = await tx.getByIndex('subscriptions', 'byTarget', [userId, review.id, commentId]);
  if (existing) {
    const subscription = await view(tx, existing, review);
    if (subscription) return { subscription, created: false };
  }
  const record: SubscriptionRecord = {
    id: randomId('s'),
    userId,
    kind: input.kind,
    reviewId: review.id,
    commentId,
    createdAt: now.toISOString(),
  };
  await tx.put('subscriptions', record);
  const subscription = await view(tx, record, review);
  if (!subscription) throw new Error('unreachable: the review was just read');
  return { subscription, created: true };
}

/** Stop following. 404 if there is no such subscription, 403 if it is someone else's. */
export async function unfollow(tx: StoreTx, actor: Actor, subscriptionId: string): Promise<void> {
  requireSignedIn(actor, FOLLOW_NEEDS_ACCOUNT);
  const record = await tx.get('subscriptions', subscriptionId);
  if (!record) {
    throw DomainError.notFound(
      'Not following',
      'That subscription does not exist (perhaps it was already removed).',
      CODES.subscriptionNotFound,
    );
  }
  requireSelf(actor, record.userId, 'subscriptions');
  await tx.delete('subscriptions', subscriptionId);
}

/** What the actor follows, newest first. */
export async function listSubscriptions(tx: StoreTx, actor: Actor): Promise<Subscription[]> {
  const { userId } = requireSignedIn(actor, FOLLOW_NEEDS_ACCOUNT);
  const records = await tx.getAllByIndex('subscriptions', 'byUser', userId);
  records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const views = await Promise.all(records.map((r) => view(tx, r)));
  return views.filter((v): v is Subscription => v !== null);
}

/** What the actor follows in one discussion; nothing for a guest. */
export async function subscriptionState(
  tx: StoreTx,
  actor: Actor,
  reviewSlug: string,
): Promise<SubscriptionState> {
  const review = await getReviewRow(tx, reviewSlug);
  const state: SubscriptionState = {
    reviewSlug: review.slug,
    signedIn: actor.kind === 'user',
    thread: null,
    comments: {},
  };
  if (actor.kind !== 'user') return state;
  const mine = await tx.getAllByIndex('subscriptions', 'byUser', actor.userId);
  for (const s of mine) {
    if (s.reviewId !== review.id) continue;
    if (s.kind === 'thread') state.thread = s.id;
    else state.comments[s.commentId] = s.id;
  }
  return state;
}
