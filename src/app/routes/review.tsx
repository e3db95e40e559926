import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback } from 'react';
import { useParams } from 'react-router';
import { reviewQueryOptions } from '../../features/reviews/api/get-review';
import { ReviewArticleSkeleton } from '../../features/reviews/components/review-article-skeleton';
import { markdownModule } from '../../lib/lazy-markdown';
import { useReady } from '../../lib/use-ready';
import { reviewPageModule } from './review-parts';

// Nothing in it can render before the review's data, so its code loads alongside the data
// (the route's loader starts both), and only the skeleton is on the route's first load.
const LazyReviewPage = lazy(() => reviewPageModule.load().then((module) => ({ default: module.ReviewPage })));

export function ReviewRoute() {
  const { slug = '' } = useParams();
  const queryClient = useQueryClient();
  // The page shows once its data, its code and the markdown renderer (its body) are in, all
  // started by the route's loader; see useReady for why not by suspending.
  const ready = useReady(
    slug,
    () =>
      reviewPageModule.current !== undefined &&
      markdownModule.current !== undefined &&
      (queryClient.getQueryState(reviewQueryOptions(slug).queryKey)?.status ?? 'pending') !== 'pending',
    useCallback(
      () =>
        Promise.allSettled([
          queryClient.query(reviewQueryOptions(slug)),
          reviewPageModule.load(),
          markdownModule.load(),
        ]),
      [queryClient, slug],
    ),
  );
  // A failed code load renders the lazy page, which tries again and fails into the error boundary.
  const ReviewPage = reviewPageModule.current?.ReviewPage ?? LazyReviewPage;
  return (
    <div className="page">
      {/* Keyed by slug: moving to another review shows its skeleton instead of the old review. */}
      <Suspense key={slug} fallback={<ReviewArticleSkeleton />}>
        {ready ? <ReviewPage slug={slug} /> : <ReviewArticleSkeleton />}
      </Suspense>
    </div>
  );
}
