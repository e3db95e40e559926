import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useRef } from 'react';
import { useLocation } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { PartErrorBoundary } from '../../components/ui/part-error-boundary';
import type { ReviewDetail } from '../../contract/reviews';
import { DiscussionFrame, DiscussionSkeleton } from '../../features/comments/components/discussion-frame';
import { reviewQueryOptions } from '../../features/reviews/api/get-review';
import { RelatedReviews } from '../../features/reviews/components/related-reviews';
import { DISCUSSION_ID, ReviewArticle } from '../../features/reviews/components/review-article';
import { useReady } from '../../lib/use-ready';
import styles from './pages.module.css';
import { discussionModule } from './review-parts';

const LazyDiscussion = lazy(() => discussionModule.load().then((module) => ({ default: module.Discussion })));

/** A review with its data: the article, related reviews and the discussion. */
export function ReviewPage({ slug }: { slug: string }) {
  const { data: review } = useSuspenseQuery(reviewQueryOptions(slug));
  const scrollToHash = useScrollToHashOnce();
  return (
    <div className={styles.reviewPage}>
      <DocumentTitle title={`${review.film.title} — ${review.publication.name}`} />
      <ReviewArticle review={review} onBodyShown={scrollToHash} />
      <RelatedReviews reviews={review.related} />
      <DiscussionSection review={review} />
    </div>
  );
}

const DISCUSSION_HEADING_ID = `${DISCUSSION_ID}-heading`;

/**
 * The review's discussion (the comments feature), loaded alongside the review's
 * data into a section that is there from the start, with the id the
 * comment-count links point at: until the code is in, it holds the
 * "Discussion" heading and a skeleton.
 */
function DiscussionSection({ review }: { review: ReviewDetail }) {
  // Shown without suspending once its code is in (see useReady); a failed load renders the
  // lazy component, which tries again and fails into the boundary.
  const ready = useReady('discussion', () => discussionModule.current !== undefined, discussionModule.load);
  const Discussion = discussionModule.current?.Discussion ?? LazyDiscussion;
  const skeleton = (
    <DiscussionSkeleton headingId={DISCUSSION_HEADING_ID} commentCount={review.commentCount} />
  );
  return (
    <PartErrorBoundary message="The discussion could not be loaded.">
      <DiscussionFrame id={DISCUSSION_ID} headingId={DISCUSSION_HEADING_ID}>
        <Suspense fallback={skeleton}>
          {ready ? <Discussion headingId={DISCUSSION_HEADING_ID} review={review} /> : skeleton}
        </Suspense>
      </DiscussionFrame>
    </PartErrorBoundary>
  );
}

/**
 * A link such as /reviews/x#discussion arrives before the review has loaded,
 * when there is nothing to scroll to yet; scroll once the content is there,
 * body included (it is what moves the discussion down the page).
 */
/** The element id a location hash names; a malformed escape (#%E0) is taken as written. */
function hashTarget(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function useScrollToHashOnce() {
  // Only the hash we arrived with: later hash changes are the router's and the browser's job.
  const arrivalHash = useRef(useLocation().hash);
  return useCallback(() => {
    const hash = arrivalHash.current;
    arrivalHash.current = '';
    if (!hash) return;
    document.getElementById(hashTarget(hash))?.scrollIntoView?.();
  }, []);
}
