import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { ReviewArticleSkeleton } from '../../features/reviews/components/review-article-skeleton';
import { reviewPageModule } from './review-parts';

// Nothing in it can render before the review's data, so its code loads alongside the data
// (the route's loader starts both), and only the skeleton is on the route's first load.
const ReviewPage = lazy(() => reviewPageModule.load().then((module) => ({ default: module.ReviewPage })));

export function ReviewRoute() {
  const { slug = '' } = useParams();
  return (
    <div className="page">
      {/* Keyed by slug: moving to another review shows its skeleton instead of the old review. */}
      <Suspense key={slug} fallback={<ReviewArticleSkeleton />}>
        <ReviewPage slug={slug} />
      </Suspense>
    </div>
  );
}
