import { infiniteQueryOptions } from '@tanstack/react-query';
import { PROFILE_PAGE_SIZE } from '../../../contract/constants';
import { apiRequest } from '../../../lib/api-client';
import { accountKeys } from './keys';

export function getProfile(username: string, cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest(`/users/${encodeURIComponent(username)}`, 'profile', {
    params: { cursor, limit: PROFILE_PAGE_SIZE },
    signal,
  });
}

/** A profile with its comments, newest first, a page at a time. */
export const profileInfiniteQueryOptions = (username: string) =>
  infiniteQueryOptions({
    queryKey: accountKeys.profile(username),
    queryFn: ({ pageParam, signal }) => getProfile(username, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
