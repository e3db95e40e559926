import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Comment } from '../../../contract/comments';
import { plainExcerpt } from '../../../lib/markdown';
import { commentContextQueryOptions } from '../api/get-context';
import { useThreadRows } from '../hooks/use-thread-rows';
import { useSessionState } from '../hooks/use-thread-session';
import { contextBatches } from '../lib/batches';
import { displayName } from '../lib/flatten';
import { COMMENT_PARAM, commentPermalink, discussionHref, threadViewHref } from '../lib/links';
import { buildThreadTree, pathTo } from '../lib/tree';
import styles from './discussion.module.css';
import { ThreadSkeleton } from './discussion-frame';
import { RevealAllToggle, ThreadErrorBoundary } from './thread-chrome';
import { ThreadList } from './thread-list';
import { ThreadScopeProvider, useThreadScope, type ThreadScope } from './thread-scope';
import type { DiscussionReview } from './discussion';

/**
 * "Continue this thread": one comment and everything below it, on a page of
 * its own (/reviews/:slug/thread/:commentId). The comments above it are a
 * trail of "in reply to" links; the full discussion is one link away. It
 * works like the main thread (replies, edits, spoilers, "N more replies") and
 * continues again, in a further view, below its own last level.
 */
export function ThreadFocusView({ review, commentId }: { review: DiscussionReview; commentId: string }) {
  const scope = useThreadScope(review);
  return (
    <div className={styles.focusView}>
      <ThreadScopeProvider scope={scope}>
        <p>
          <Link to={discussionHref(review.slug)} className={styles.back}>
            <span aria-hidden="true">←</span> Back to the full discussion
          </Link>
        </p>
        <ThreadErrorBoundary what="this thread">
          <Suspense fallback={<ThreadSkeleton />}>
            <FocusThread review={review} commentId={commentId} scope={scope} />
          </Suspense>
        </ThreadErrorBoundary>
      </ThreadScopeProvider>
    </div>
  );
}

function FocusThread({
  review,
  commentId,
  scope,
}: {
  review: DiscussionReview;
  commentId: string;
  scope: ThreadScope;
}) {
  const { session } = scope;
  const navigate = useNavigate();
  const root = useSuspenseQuery(commentContextQueryOptions(commentId));
  const [searchParams] = useSearchParams();
  const focusId = searchParams.get(COMMENT_PARAM);
  // A linked comment deeper in this view: its own context brings in the chain down to it.
  const focus = useQuery({
    ...commentContextQueryOptions(focusId ?? ''),
    enabled: focusId !== null && focusId !== commentId,
  });

  const extras = useSessionState(session, (s) => s.extras);
  const rootData = root.data;
  const rootAt = root.dataUpdatedAt;
  const focusData = focus.data;
  const focusAt = focus.dataUpdatedAt;
  const batches = useMemo(
    () => [
      ...contextBatches(rootData, rootAt),
      ...(focusData ? contextBatches(focusData, focusAt) : []),
      ...extras,
    ],
    [rootData, rootAt, focusData, focusAt, extras],
  );
  const tree = useMemo(() => buildThreadTree({ pages: [], extras: batches }), [batches]);
  useEffect(() => session.attachTree(tree), [session, tree]);
  const rootNode = tree.byId.get(commentId);
  const roots = useMemo(() => (rootNode ? [rootNode] : []), [rootNode]);
  const parent = rootData.ancestors.at(-1) ?? null;
  const rows = useThreadRows(session, roots, { rootParentName: parent ? displayName(parent) : null });

  useEffect(() => {
    if (rootData.reviewSlug !== review.slug) {
      void navigate(threadViewHref(rootData.reviewSlug, commentId), { replace: true });
    }
  }, [rootData.reviewSlug, review.slug, commentId, navigate]);

  const handled = useRef<string | null>(null);
  useEffect(() => {
    const target = focusId ?? null;
    if (target === null || handled.current === target) return;
    if (target !== commentId && !focusData) return;
    if (!tree.byId.has(target)) return;
    handled.current = target;
    session.expand(
      pathTo(tree, target)
        .slice(0, -1)
        .map((n) => n.comment.id),
    );
    session.requestRow(session.getState().rowKeys.get(target) ?? target, true);
  }, [focusId, focusData, commentId, tree, session]);

  const comment = rootData.comment;
  const title = comment.deleted
    ? `Replies to deleted comment #${comment.number}`
    : `Thread from comment #${comment.number} by ${comment.author.name}`;

  return (
    <>
      <header className={styles.focusHeader}>
        <p className={styles.kicker}>
          From the discussion of <Link to={discussionHref(review.slug)}>{review.title}</Link>
        </p>
        <h1 className={styles.focusTitle}>{title}</h1>
      </header>
      {rootData.ancestors.length > 0 ? (
        <AncestorTrail reviewSlug={review.slug} ancestors={rootData.ancestors} />
      ) : null}
      <div>
        <RevealAllToggle
          filmTitle={review.film.title}
          revealAll={scope.revealAll}
          onChange={scope.setRevealAll}
        />
      </div>
      <ThreadList rows={rows} highlightId={focusId} focusRootId={commentId} />
    </>
  );
}

const TRAIL_EDGE = 2;

/** The comments above the view's root, collapsed to the first and the last few until asked. */
function AncestorTrail({ reviewSlug, ancestors }: { reviewSlug: string; ancestors: readonly Comment[] }) {
  const [expanded, setExpanded] = useState(false);
  const hidden = expanded ? 0 : Math.max(0, ancestors.length - (TRAIL_EDGE + 1));
  const shown = hidden > 0 ? [ancestors[0], null, ...ancestors.slice(-TRAIL_EDGE)] : ancestors;
  const parent = ancestors.at(-1);
  const firstAfterGap = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (expanded) firstAfterGap.current?.focus();
  }, [expanded]);

  return (
    <nav aria-label="Earlier in this thread" className={styles.trail}>
      <p className={styles.trailLabel}>In reply to</p>
      <ol>
        {shown.map((a, i) =>
          a === null ? (
            <li key="gap">
              <button type="button" className={styles.trailGap} onClick={() => setExpanded(true)}>
                …<span className="visually-hidden">Show {hidden} more earlier comments</span>
              </button>
            </li>
          ) : a ? (
            <li key={a.id}>
              <Link
                to={commentPermalink(reviewSlug, a.id)}
                ref={expanded && i === 1 ? firstAfterGap : undefined}
              >
                #{a.number} {displayName(a) ?? 'deleted comment'}
              </Link>
            </li>
          ) : null,
        )}
      </ol>
      {parent && !parent.deleted ? (
        <p className={styles.parentExcerpt}>“{plainExcerpt(parent.body, 160)}”</p>
      ) : null}
    </nav>
  );
}
