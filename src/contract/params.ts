import {
  REPLIES_PAGE_SIZE,
  REVIEW_LIST_LIMITS,
  REVIEW_SORTS,
  REVIEWS_PAGE_SIZE,
  THREAD_PAGE_SIZE,
} from './constants';
import type { RepliesQuery, ThreadQuery } from './comments';
import type { ReviewListQuery } from './reviews';

/*
 * URL search params to query objects and back. No zod here: the index page
 * parses its URL, and links and requests on the app's first load build their
 * URLs, with these. Writers put only non-default values, in a stable order, so
 * URLs stay short and a query always gives the same URL.
 */

/** A whole number in [min, max] as Number() reads it (' 7 ', '7.0', '1e3', '0x10'), else the fallback. */
function boundedInt(text: string | null, min: number, max: number, fallback: number): number {
  if (text === null) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** Trimmed; '' when longer than the limit. */
function filterText(text: string | null): string {
  const trimmed = (text ?? '').trim();
  return trimmed.length <= REVIEW_LIST_LIMITS.filterMaxChars ? trimmed : '';
}

/**
 * The review list query from URL search params (the first value of a repeated
 * key wins). Forgiving on purpose: a malformed or unknown value falls back to
 * its default instead of failing the page. Gives exactly what
 * reviewListQuerySchema (src/contract/reviews.ts, which the API parses with)
 * gives for the same values; params.test.ts checks the two agree.
 */
export function parseReviewListQuery(params: URLSearchParams): ReviewListQuery {
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, REVIEW_LIST_LIMITS.qMaxChars),
    tag: filterText(params.get('tag')),
    publication: filterText(params.get('publication')),
    film: filterText(params.get('film')),
    sort: REVIEW_SORTS.find((known) => known === sort) ?? 'newest',
    page: boundedInt(params.get('page'), 1, REVIEW_LIST_LIMITS.maxPage, 1),
    pageSize: boundedInt(params.get('pageSize'), 1, REVIEW_LIST_LIMITS.maxPageSize, REVIEWS_PAGE_SIZE),
  };
}

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
