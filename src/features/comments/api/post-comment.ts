import type { CreateCommentInput } from '../../../contract/comments';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-token';

/**
 * POST a comment or reply. Idempotent on `clientId`: the backend answers the
 * comment an earlier request with the same clientId created (see the
 * outbox in lib/thread-session.ts, which calls this).
 */
export function postComment(reviewSlug: string, input: CreateCommentInput) {
  return apiRequest(`/reviews/${encodeURIComponent(reviewSlug)}/comments`, 'comment', {
    method: 'POST',
    body: input,
  });
}
