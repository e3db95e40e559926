import type { Comment } from '../../../contract/comments';

/** A valid API comment for unit tests; numbers double as ids' suffix unless given. */
export function makeComment(overrides: Partial<Comment> & { number: number }): Comment {
  const { number } = overrides;
  return {
    id: `c${number}`,
    reviewId: 'r1',
    parentId: null,
    depth: 0,
    author: { kind: 'guest', name: `Person ${number}`, username: null, userId: null, isReviewAuthor: false },
    body: `Comment number ${number}`,
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, number)).toISOString(),
    editedAt: null,
    deleted: false,
    replyCount: 0,
    descendantCount: 0,
    editableUntil: null,
    canDelete: false,
    ...overrides,
  };
}

/** A reply of `parent`, one level deeper. */
export function makeReply(parent: Comment, overrides: Partial<Comment> & { number: number }): Comment {
  return makeComment({ parentId: parent.id, depth: parent.depth + 1, ...overrides });
}
