import { queryOptions } from '@tanstack/react-query';
import { commentContextSchema } from '../../../contract/comments';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-identity';
import { commentKeys } from './keys';

export function getCommentContext(commentId: string, signal?: AbortSignal) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}/context`, commentContextSchema, { signal });
}

/** A comment with its ancestors and first replies: what a permalink or a focused view needs. */
export const commentContextQueryOptions = (commentId: string) =>
  queryOptions({
    queryKey: commentKeys.context(commentId),
    queryFn: ({ signal }) => getCommentContext(commentId, signal),
  });
