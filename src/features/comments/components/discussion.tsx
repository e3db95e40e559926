import { useQuery, useQueryClient, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { parseThreadQuery, threadQueryToParams, type ThreadSort } from '../../../contract/comments';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { formatCount } from '../../../lib/format';
import { markdownModule } from '../../../lib/lazy-markdown';
import { useSession } from '../../../lib/session';
import { useReady } from '../../../lib/use-ready';
import { commentContextQueryOptions } from '../api/get-context';
import { threadInfiniteQueryOptions } from '../api/get-thread';
import { useLastVisit } from '../hooks/use-last-visit';
import { useLiveThread } from '../hooks/use-live-thread';
import { useThreadRows } from '../hooks/use-thread-rows';
import { useSessionState } from '../hooks/use-thread-session';
import { threadPageBatch } from '../lib/batches';
import { LEVELS_PER_VIEW, viewRootDepth } from '../lib/flatten';
import { newCommentIds, nextNewId, readingOrder } from '../lib/last-visit';
import { freshIncoming, newCommentsText } from '../lib/live';
import { COMMENT_PARAM, commentPermalink, threadViewHref } from '../lib/links';
import { buildThreadTree, pathTo } from '../lib/tree';
import { NewCommentComposer } from './composer';
import { DiscussionHead, ThreadSkeleton } from './discussion-frame';
import styles from './discussion.module.css';
import { ThreadFollowToggle } from './follow-controls';
import { NewCommentsBar, NextNewComment } from './live-controls';
import { RevealAllToggle, SortControl, ThreadErrorBoundary, ThreadSearch } from './thread-chrome';
import { ThreadList } from './thread-list';
import { ThreadScopeProvider, useThreadScope, type ThreadScope } from './thread-scope';

/** User-timing mark made when a discussion's first page has rendered. */
export const THREAD_READY_MARK = 'screening-room:thread-ready';

/** What the discussion needs to know about its review (a ReviewDetail fits). */
export interface DiscussionReview {
  slug: string;
  title: string;
  commentCount: number;
  commentsOpen: boolean;
  film: { slug: string; title: string };
}

export interface DiscussionProps {
  review: DiscussionReview;
  /** The id its heading gets: the one the DiscussionFrame it renders into is named by. */
  headingId: string;
}

/**
 * A review's discussion: the heading with the live count, the composer (or
 * the note that comments are closed), and the thread with its sort, search,
 * paging and permalinks. The sort lives in the URL (?sort=), and so does the
 * linked comment (?comment=, see lib/links.ts). It renders into a
 * DiscussionFrame, which the page renders itself, so the section stays in
 * place while this loads.
 */
export function Discussion({ review, headingId }: DiscussionProps) {
  const scope = useThreadScope(review);
  const lastVisit = useLastVisit(review.slug);
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseThreadQuery(new URLSearchParams({ sort: searchParams.get('sort') ?? '' })).sort;

  const changeSort = useCallback(
    (next: ThreadSort) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          params.delete('sort');
          // A new order is a new reading: the linked comment has done its job.
          params.delete(COMMENT_PARAM);
          const value = threadQueryToParams({ sort: next }).get('sort');
          if (value) params.set('sort', value);
          return params;
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  );

  // The thread shows once its first page and the markdown renderer are in (the route's loader
  // started both), without suspending: see useReady. Later sorts suspend as before.
  const queryClient = useQueryClient();
  const threadReady = useReady(
    review.slug,
    () =>
      markdownModule.current !== undefined &&
      (queryClient.getQueryState(threadInfiniteQueryOptions(review.slug, sort).queryKey)?.status ??
        'pending') !== 'pending',
    useCallback(
      () =>
        Promise.allSettled([
          queryClient.infiniteQuery(threadInfiniteQueryOptions(review.slug, sort)),
          markdownModule.load(),
        ]),
      [queryClient, review.slug, sort],
    ),
  );

  return (
    <ThreadScopeProvider scope={scope}>
      <DiscussionHead headingId={headingId} commentCount={review.commentCount}>
        <div className={styles.headControls}>
          <ThreadFollowToggle reviewSlug={review.slug} />
          <RevealAllToggle
            filmTitle={review.film.title}
            revealAll={scope.revealAll}
            onChange={scope.setRevealAll}
          />
        </div>
      </DiscussionHead>
      {review.commentsOpen ? (
        <NewCommentComposer session={scope.session} parentId={null} />
      ) : (
        <div className={styles.closedNote}>
          <p>Comments are closed for this review.</p>
          <p className={styles.muted}>The conversation so far stays here to read.</p>
        </div>
      )}
      <ThreadErrorBoundary>
        <Suspense fallback={<ThreadSkeleton />}>
          {threadReady ? (
            <MainThread
              review={review}
              scope={scope}
              sort={sort}
              onSortChange={changeSort}
              lastVisit={lastVisit}
            />
          ) : (
            <ThreadSkeleton />
          )}
        </Suspense>
      </ThreadErrorBoundary>
    </ThreadScopeProvider>
  );
}

function linkProblem(error: unknown): string {
  if (error instanceof ApiError && error.status === 410)
    return 'The comment this link points to was deleted.';
  if (error instanceof ApiError && error.status === 404)
    return 'The comment this link points to does not exist. It may have been removed.';
  return `Could not open the linked comment. ${errorMessage(error)}`;
}

function MainThread({
  review,
  scope,
  sort,
  onSortChange,
  lastVisit,
}: {
  review: DiscussionReview;
  scope: ThreadScope;
  sort: ThreadSort;
  onSortChange: (sort: ThreadSort) => void;
  /** When the reader last left this discussion (null: first visit). */
  lastVisit: number | null;
}) {
  const { session, view } = scope;
  useLiveThread(session);
  const navigate = useNavigate();
  const thread = useSuspenseInfiniteQuery(threadInfiniteQueryOptions(review.slug, sort));
  const [searchParams] = useSearchParams();
  const linkedId = searchParams.get(COMMENT_PARAM);
  const context = useQuery({ ...commentContextQueryOptions(linkedId ?? ''), enabled: linkedId !== null });

  // The select shows the reader's choice at once, while the new order loads (a transition).
  const [shownSort, setShownSort] = useState(sort);
  const [lastSort, setLastSort] = useState(sort);
  if (sort !== lastSort) {
    setLastSort(sort);
    setShownSort(sort);
  }

  const pages = useMemo(() => thread.data.pages.map(threadPageBatch), [thread.data.pages]);
  const pageRootCount = useMemo(() => {
    const ids = new Set<string>();
    for (const page of pages) for (const c of page.items) if (c.parentId === null) ids.add(c.id);
    return ids.size;
  }, [pages]);
  const extras = useSessionState(session, (s) => s.extras);
  const postedRootIds = useSessionState(session, (s) => s.postedRootIds);
  const revealedRootIds = useSessionState(session, (s) => s.revealedRootIds);
  const revealedIds = useSessionState(session, (s) => s.revealedIds);
  const hasNextPage = thread.hasNextPage;

  // A linked comment on a page not loaded yet shows its thread first.
  const linked = context.data?.comment.id === linkedId ? context.data : undefined;
  const linkedRootId = linked ? (linked.ancestors[0]?.id ?? linked.comment.id) : null;
  const { pinned, trailing } = useMemo(() => {
    const onPage = (id: string) => pages.some((p) => p.items.some((c) => c.id === id));
    if (linkedRootId === null && revealedRootIds.length === 0) return { pinned: postedRootIds, trailing: [] };
    const first = [...postedRootIds];
    const last: string[] = [];
    if (linkedRootId !== null && !onPage(linkedRootId) && !first.includes(linkedRootId))
      first.push(linkedRootId);
    for (const id of revealedRootIds) {
      if (onPage(id) || first.includes(id)) continue;
      // A new top-level comment belongs at the end of an oldest-first thread, once that end is loaded.
      if (revealedIds.has(id) && sort === 'oldest' && !hasNextPage) last.push(id);
      else first.push(id);
    }
    return { pinned: first, trailing: last };
  }, [linkedRootId, pages, postedRootIds, revealedRootIds, revealedIds, sort, hasNextPage]);

  const tree = useMemo(
    () => buildThreadTree({ pages, extras, pinnedRootIds: pinned, trailingRootIds: trailing }),
    [pages, extras, pinned, trailing],
  );
  useEffect(() => session.attachTree(tree), [session, tree]);
  const rows = useThreadRows(session, tree.roots, { showTopLevelPending: true });
  // The benchmark (bench/run.mjs) times "thread interactive" from this mark. jsdom has no mark().
  useEffect(() => {
    if (typeof performance.mark === 'function')
      performance.mark(THREAD_READY_MARK, { detail: { reviewSlug: review.slug } });
  }, [review.slug]);

  // Opening a permalink: load its context, expand what hides it, then scroll to it and focus it.
  const handledLink = useRef<string | null>(null);
  const linkedAt = context.dataUpdatedAt;
  useEffect(() => {
    if (!linked || linkedId === null || handledLink.current === linkedId) return;
    handledLink.current = linkedId;
    if (linked.reviewSlug !== review.slug) {
      void navigate(commentPermalink(linked.reviewSlug, linkedId), { replace: true });
      return;
    }
    const root = linked.ancestors[viewRootDepth(linked.comment.depth)];
    if (linked.comment.depth >= LEVELS_PER_VIEW && root) {
      // Deeper than this view goes: the focused view of its part of the thread shows it.
      void navigate(threadViewHref(review.slug, root.id, linkedId), { replace: true });
      return;
    }
    session.addContext(linked, linkedAt);
    session.expand(linked.ancestors.map((a) => a.id));
    session.requestRow(session.getState().rowKeys.get(linkedId) ?? linkedId, true);
  }, [linked, linkedId, linkedAt, review.slug, navigate, session]);

  const [currentMatch, setCurrentMatch] = useState<{ id: string; query: string } | null>(null);
  const jumpTo = useCallback(
    (commentId: string | null, query: string) => {
      setCurrentMatch(commentId === null ? null : { id: commentId, query });
      if (commentId === null) return;
      session.expand(
        pathTo(tree, commentId)
          .slice(0, -1)
          .map((n) => n.comment.id),
      );
      session.requestRow(session.getState().rowKeys.get(commentId) ?? commentId, false);
    },
    [session, tree],
  );

  // Live: comments other tabs posted, held back until the reader asks.
  const incoming = useSessionState(session, (s) => s.incoming);
  const ownNewIds = useSessionState(session, (s) => s.ownNewIds);
  const pending = useSessionState(session, (s) => s.pending);
  const fresh = useMemo(
    () => freshIncoming(incoming, { isShown: (id) => tree.byId.has(id), ownNewIds, pending }),
    [incoming, tree, ownNewIds, pending],
  );
  const revealing = useRef<ReadonlySet<string> | null>(null);
  const reveal = () => {
    revealing.current = new Set(fresh.map((i) => i.comment.id));
    session.revealIncoming(fresh);
    view.announce(`${newCommentsText(fresh.length)} shown.`);
  };
  // Once they are in the rows, focus the first of them in reading order (it scrolls itself into view).
  useEffect(() => {
    const wanted = revealing.current;
    if (wanted === null) return;
    revealing.current = null;
    const first = rows.find((row) => row.kind === 'comment' && wanted.has(row.comment.id));
    if (first) session.requestRow(first.key, true);
  }, [rows, session]);

  // New since the last visit (and what arrived live): marked, and one key away.
  const userId = useSession().user?.id ?? null;
  const newIds = useMemo(
    () =>
      lastVisit === null && revealedIds.size === 0
        ? []
        : newCommentIds(tree.roots, { since: lastVisit, userId, alsoNew: revealedIds }),
    [tree.roots, lastVisit, userId, revealedIds],
  );
  const newSet = useMemo(() => new Set(newIds), [newIds]);
  const lastNewRef = useRef<string | null>(null);
  const nextNew = () => {
    const active = document.activeElement;
    const place =
      active instanceof Element
        ? (active.closest('article[id^="comment-"]')?.id.slice('comment-'.length) ?? null)
        : null;
    const next = nextNewId(newIds, readingOrder(tree.roots), place ?? lastNewRef.current);
    if (next === null) return;
    lastNewRef.current = next;
    session.expand(
      pathTo(tree, next)
        .slice(0, -1)
        .map((n) => n.comment.id),
    );
    session.requestRow(session.getState().rowKeys.get(next) ?? next, true);
    view.announce(`New comment ${formatCount(newIds.indexOf(next) + 1)} of ${formatCount(newIds.length)}.`);
  };

  const last = thread.data.pages.at(-1);
  const remaining = Math.max(0, (last?.total ?? 0) - pageRootCount);
  const loadMore = async () => {
    const before = pageRootCount;
    const result = await thread.fetchNextPage();
    if (result.isSuccess) {
      const after = new Set(
        result.data.pages.flatMap((p) => p.items.filter((c) => c.parentId === null).map((c) => c.id)),
      );
      view.announce(`${formatCount(Math.max(0, after.size - before))} more comments loaded.`);
    }
  };

  return (
    <div className={styles.thread}>
      <div className={styles.toolbar}>
        <SortControl
          sort={shownSort}
          onChange={(next) => {
            setShownSort(next);
            onSortChange(next);
          }}
        />
        <ThreadSearch
          roots={tree.roots}
          loadedCount={tree.byId.size}
          includeSpoilers={scope.revealAll}
          onJump={jumpTo}
        />
      </div>
      {newIds.length > 0 ? <NextNewComment count={newIds.length} onNext={nextNew} /> : null}
      <NewCommentsBar count={fresh.length} onReveal={reveal} />
      {linkedId !== null && context.isError ? (
        <p className={`message ${styles.linkNotice}`} role="status">
          {linkProblem(context.error)}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className={styles.empty}>
          No comments yet.{review.commentsOpen ? ' Start the conversation with the form above.' : ''}
        </p>
      ) : (
        <ThreadList
          rows={rows}
          highlightId={linkedId}
          currentMatchId={currentMatch?.id ?? null}
          searchQuery={currentMatch?.query}
          newIds={newSet}
        />
      )}
      {thread.hasNextPage ? (
        <div className={styles.loadMore}>
          <button
            type="button"
            className="button button--secondary"
            disabled={thread.isFetchingNextPage}
            onClick={() => void loadMore()}
          >
            {thread.isFetchingNextPage
              ? 'Loading comments…'
              : `Load more comments (${formatCount(remaining)} remaining)`}
          </button>
          {thread.isFetchNextPageError ? (
            <p role="alert" className={styles.error}>
              Could not load more comments. {errorMessage(thread.error)}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
