import type { QueryClient } from '@tanstack/react-query';
import type { ReviewDetail } from '../../../contract/reviews';

/*
 * Keeping the review's comment count true after a post or a delete, on the
 * review page and in every list. The reviews feature owns these keys
 * (['reviews', 'detail', slug], ['reviews', 'list', ...]); they are spelled
 * out here because features do not import each other.
 */

const reviewDetailKey = (slug: string) => ['reviews', 'detail', slug] as const;

/** Move the count at once (so the heading changes with the comment), then refetch what shows counts. */
export function syncReviewCommentCount(
  queryClient: QueryClient,
  reviewSlug: string,
  change: { delta: number } | { count: number },
): Promise<void> {
  queryClient.setQueryData<ReviewDetail>(reviewDetailKey(reviewSlug), (review) =>
    review
      ? {
          ...review,
          commentCount: 'count' in change ? change.count : Math.max(0, review.commentCount + change.delta),
        }
      : review,
  );
  return queryClient.invalidateQueries({ queryKey: ['reviews'] });
}
