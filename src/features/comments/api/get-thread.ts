import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ThreadPage, ThreadSort } from '../../../contract/comments';
import { threadQueryToParams } from '../../../contract/params';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-token';
import { commentKeys } from './keys';

/** A thread page and when it was asked for: the moment its data describes (see CommentBatch.at). */
export type ThreadPageData = ThreadPage & { at: number };

export async function getThreadPage(
  reviewSlug: string,
  query: { sort: ThreadSort; cursor?: string | null },
  signal?: AbortSignal,
): Promise<ThreadPageData> {
  const at = Date.now();
  const page = await apiRequest(`/reviews/${encodeURIComponent(reviewSlug)}/comments`, 'threadPage', {
    params: threadQueryToParams({ sort: query.sort, cursor: query.cursor ?? undefined }),
    signal,
  });
  return { ...page, at };
}

/** The top level of a discussion, page by page, each with its sub-threads preloaded. */
export const threadInfiniteQueryOptions = (reviewSlug: string, sort: ThreadSort) =>
  infiniteQueryOptions({
    queryKey: commentKeys.thread(reviewSlug, sort),
    queryFn: ({ pageParam, signal }) => getThreadPage(reviewSlug, { sort, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
