import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useLocation, useParams } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import type { ReviewDetail } from '../../contract/reviews';
import { Discussion } from '../../features/comments/components/discussion';
import { reviewQueryOptions } from '../../features/reviews/api/get-review';
import { RelatedReviews } from '../../features/reviews/components/related-reviews';
import {
  DISCUSSION_ID,
  ReviewArticle,
  ReviewArticleSkeleton,
} from '../../features/reviews/components/review-article';
import styles from './pages.module.css';

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

function ReviewPage({ slug }: { slug: string }) {
  const { data: review } = useSuspenseQuery(reviewQueryOptions(slug));
  useScrollToHashOnce();
  return (
    <div className={styles.reviewPage}>
      <DocumentTitle title={`${review.film.title} — ${review.publication.name}`} />
      <ReviewArticle review={review} />
      <RelatedReviews reviews={review.related} />
      <DiscussionSection review={review} />
    </div>
  );
}

/**
 * The review's discussion (the comments feature): keeps the section's id, which
 * the comment-count links point at, and its "Discussion" heading.
 */
function DiscussionSection({ review }: { review: ReviewDetail }) {
  return <Discussion id={DISCUSSION_ID} review={review} />;
}

/**
 * A link such as /reviews/x#discussion arrives before the review has loaded,
 * when there is nothing to scroll to yet; scroll once the content is there.
 */
function useScrollToHashOnce() {
  // Only the hash we arrived with: later hash changes are the router's and the browser's job.
  const arrivalHash = useRef(useLocation().hash);
  useEffect(() => {
    const hash = arrivalHash.current;
    if (!hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.();
  }, []);
}
