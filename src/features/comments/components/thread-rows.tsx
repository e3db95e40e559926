import { memo } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../../../lib/format';
import { useSessionState } from '../hooks/use-thread-session';
import type { MoreRepliesInfo } from '../lib/tree';
import { moreRepliesText } from '../lib/labels';
import { threadViewHref } from '../lib/links';
import { depthStyle } from './comment-item';
import styles from './comment.module.css';
import { useThreadView } from './thread-context';

/** "N more replies": the next page of one comment's replies, loaded in place. */
export const MoreRepliesRow = memo(function MoreRepliesRow({
  parentId,
  parentName,
  more,
  depth,
}: {
  parentId: string;
  parentName: string | null;
  more: MoreRepliesInfo;
  depth: number;
}) {
  const { session, announce } = useThreadView();
  const state = useSessionState(session, (s) => s.repliesLoading.get(parentId));
  const loading = state?.status === 'loading';

  const load = async () => {
    const page = await session.loadReplies(parentId, more.cursor);
    if (!page) return;
    const first = page.items.find((c) => c.parentId === parentId);
    announce(
      `${formatCount(page.items.length)} more ${page.items.length === 1 ? 'reply' : 'replies'} shown.`,
    );
    // The button goes away or moves down: focus the first reply it brought.
    if (first) session.requestRow(session.getState().rowKeys.get(first.id) ?? first.id, true);
  };

  return (
    <div className={styles.row} style={depthStyle(depth)}>
      <button type="button" className={styles.more} disabled={loading} onClick={() => void load()}>
        {loading ? 'Loading replies…' : moreRepliesText(more.remaining)}
        {parentName ? <span className="visually-hidden"> to {parentName}</span> : null}
      </button>
      {state?.status === 'error' ? (
        <p role="alert" className={styles.error}>
          Could not load the replies: {state.message}{' '}
          <button type="button" className={styles.action} onClick={() => void load()}>
            Try again
          </button>
        </p>
      ) : null}
    </div>
  );
});

/** Below the last level a view shows, the thread goes on in a focused view of its own. */
export const ContinueThreadRow = memo(function ContinueThreadRow({
  commentId,
  hidden,
  depth,
}: {
  commentId: string;
  hidden: number;
  depth: number;
}) {
  const { reviewSlug } = useThreadView();
  return (
    <div className={styles.row} style={depthStyle(depth)}>
      <Link to={threadViewHref(reviewSlug, commentId)} className={styles.continue}>
        Continue this thread <span aria-hidden="true">→</span>
      </Link>
      {hidden > 0 ? <span className={styles.replyCount}> ({moreRepliesText(hidden)})</span> : null}
    </div>
  );
});
