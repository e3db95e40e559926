import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { ThreadSkeleton } from '../../features/comments/components/discussion-frame';
import { reviewQueryOptions } from '../../features/reviews/api/get-review';
import { threadFocusViewModule } from './review-parts';

// Its code loads alongside the thread's data (the route's loader starts both).
const ThreadFocusView = lazy(() =>
  threadFocusViewModule.load().then((module) => ({ default: module.ThreadFocusView })),
);

/** /reviews/:slug/thread/:commentId — "Continue this thread": one deep sub-thread on its own page. */
export function CommentThreadRoute() {
  const { slug = '', commentId = '' } = useParams();
  return (
    <div className="page">
      <Suspense key={`${slug}/${commentId}`} fallback={<ThreadSkeleton />}>
        <CommentThreadPage slug={slug} commentId={commentId} />
      </Suspense>
    </div>
  );
}

function CommentThreadPage({ slug, commentId }: { slug: string; commentId: string }) {
  const { data: review } = useSuspenseQuery(reviewQueryOptions(slug));
  return (
    <>
      <DocumentTitle title={`Thread — ${review.title}`} />
      <ThreadFocusView review={review} commentId={commentId} />
    </>
  );
}
