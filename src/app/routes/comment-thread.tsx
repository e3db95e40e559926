import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { ThreadFocusView } from '../../features/comments/components/thread-focus-view';
import { ThreadSkeleton } from '../../features/comments/components/thread-chrome';
import { reviewQueryOptions } from '../../features/reviews/api/get-review';

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
