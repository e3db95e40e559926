import type { Publication, ReviewRecord } from '../../src/contract/reviews';
import type { CommentRecord, CredentialRecord, ReviewRow, UserRecord } from '../store/types';
import { seedCredentials } from './credentials';
import { herReviews } from './her-reviews';
import { buildHerComments } from './her-threads';
import { largeThreadComments, largeThreadReview } from './large-thread';
import { otherReviews } from './other-reviews';
import { publications } from './publications';
import { users } from './users';

export interface SeedData {
  publications: Publication[];
  reviews: ReviewRow[];
  users: UserRecord[];
  comments: CommentRecord[];
  /** Password hashes of the seeded accounts (see ./users.ts for the password). */
  credentials: CredentialRecord[];
}

/** Denormalised counters a ReviewRow carries, computed from its comments. */
export function withCommentCounters(review: ReviewRecord, comments: readonly CommentRecord[]): ReviewRow {
  let commentCount = 0;
  let lastCommentNumber = 0;
  for (const c of comments) {
    if (c.reviewId !== review.id) continue;
    if (c.deletedAt === null) commentCount++;
    if (c.number > lastCommentNumber) lastCommentNumber = c.number;
  }
  return { ...review, commentCount, lastCommentNumber };
}

/**
 * The whole demo content, built fresh on every call: same output each time,
 * and no object shared between calls, so a caller may mutate what it gets.
 */
export function buildSeed(): SeedData {
  // A critic with an account speaks for all their reviews (the "author" badge), not only the Her ones.
  const userIdByName = new Map(users.map((u) => [u.displayName, u.id]));
  const reviews: ReviewRecord[] = [...herReviews, ...otherReviews, largeThreadReview].map((r) =>
    r.author.userId === null && userIdByName.has(r.author.name)
      ? { ...r, author: { ...r.author, userId: userIdByName.get(r.author.name) ?? null } }
      : r,
  );
  const readerIds = users.filter((u) => u.role === 'reader').map((u) => u.id);
  const comments: CommentRecord[] = [...buildHerComments(), ...largeThreadComments(readerIds)];

  const byReview = new Map<string, CommentRecord[]>();
  for (const c of comments) {
    const list = byReview.get(c.reviewId);
    if (list) list.push(c);
    else byReview.set(c.reviewId, [c]);
  }

  return structuredClone({
    publications,
    users,
    reviews: reviews.map((r) => withCommentCounters(r, byReview.get(r.id) ?? [])),
    comments,
    credentials: seedCredentials,
  });
}
