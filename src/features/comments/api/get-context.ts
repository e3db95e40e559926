import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-token';
import { commentKeys } from './keys';

export function getCommentContext(commentId: string, signal?: AbortSignal) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}/context`, 'commentContext', { signal });
}

/** A comment with its ancestors and first replies: what a permalink or a focused view needs. */
export const commentContextQueryOptions = (commentId: string) =>
  queryOptions({
    queryKey: commentKeys.context(commentId),
    queryFn: ({ signal }) => getCommentContext(commentId, signal),
  });
