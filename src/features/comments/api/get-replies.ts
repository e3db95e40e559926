import { queryOptions } from '@tanstack/react-query';
import { repliesQueryToParams } from '../../../contract/params';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-token';
import { commentKeys } from './keys';

export function getReplies(parentId: string, cursor: string | null, signal?: AbortSignal) {
  return apiRequest(`/comments/${encodeURIComponent(parentId)}/replies`, 'repliesPage', {
    params: repliesQueryToParams({ cursor: cursor ?? undefined }),
    signal,
  });
}

/** One page of a comment's direct replies ("N more replies"), with their own replies preloaded. */
export const repliesQueryOptions = (parentId: string, cursor: string | null) =>
  queryOptions({
    queryKey: commentKeys.replies(parentId, cursor),
    queryFn: ({ signal }) => getReplies(parentId, cursor, signal),
  });
