import { REPLIES_PAGE_SIZE, REVIEWS_PAGE_SIZE, THREAD_PAGE_SIZE } from './constants';
import type { RepliesQuery, ThreadQuery } from './comments';
import type { ReviewListQuery } from './reviews';

/*
 * Query objects to URL search params, the inverse of the parsers next to the
 * schemas (parseReviewListQuery, parseThreadQuery, parseRepliesQuery). No zod
 * here: links and requests on the app's first load build their URLs with these.
 * Only non-default values are written, in a stable order, so URLs stay short
 * and a query always gives the same URL.
 */

export function reviewListQueryToParams(query: Partial<ReviewListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.tag) params.set('tag', query.tag);
  if (query.publication) params.set('publication', query.publication);
  if (query.film) params.set('film', query.film);
  if (query.sort && query.sort !== 'newest') params.set('sort', query.sort);
  if (query.page && query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== REVIEWS_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function threadQueryToParams(query: Partial<ThreadQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort && query.sort !== 'oldest') params.set('sort', query.sort);
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit && query.limit !== THREAD_PAGE_SIZE) params.set('limit', String(query.limit));
  return params;
}

export function repliesQueryToParams(query: Partial<RepliesQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit && query.limit !== REPLIES_PAGE_SIZE) params.set('limit', String(query.limit));
  return params;
}
