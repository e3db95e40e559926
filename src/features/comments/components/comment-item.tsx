import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  memo,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import type { Comment } from '../../../contract/comments';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { deleteCommentMutationOptions } from '../api/delete-comment';
import { syncReviewCommentCount } from '../api/review-cache';
import { useNow } from '../hooks/use-now';
import { describeCommentError, useSessionState } from '../hooks/use-thread-session';
import {
  authorKindText,
  commentLabel,
  editTimeLeftText,
  hiddenRepliesText,
  isHiddenPlaceholder,
  replyCountText,
} from '../lib/labels';
import { commentElementId, commentPermalink } from '../lib/links';
import { quoteMarkdown } from '../lib/quote';
import { CommentBody } from './comment-body';
import styles from './comment.module.css';
import { EditComposer, NewCommentComposer } from './composer';
import { CopyLinkButton } from './copy-link';
import { FollowRepliesButton } from './follow-controls';
import { ModerateControl } from './moderate-control';
import { highlightMatches } from './search-highlight';
import { useThreadView } from './thread-context';
import { useRowTarget } from './use-row-target';

export interface CommentItemProps {
  comment: Comment;
  rowKey: string;
  /** Depth in this view (0 for its roots). */
  depth: number;
  parentName: string | null;
  collapsed: boolean;
  /** Loaded direct replies. */
  childCount: number;
  /** The comment a permalink points to. */
  highlighted?: boolean;
  /** Found by "Search this discussion" (current: the one the search moved to). */
  matched?: boolean;
  currentMatch?: boolean;
  /** The search that found this comment (only for the current match): its words are marked. */
  searchQuery?: string;
  /** Say "in reply to" even at shallow depth (the root of a focused view). */
  alwaysShowParent?: boolean;
  /** Posted since the reader's last visit (or arrived live during this one), by someone else. */
  isNew?: boolean;
  /** Nested rendering: the replies, inside this comment. */
  children?: ReactNode;
}

/** Indentation stops here on wide screens and at NARROW_INDENT_LEVELS on small ones (see comment.module.css). */
export const WIDE_INDENT_LEVELS = 6;
export const NARROW_INDENT_LEVELS = 3;

/** Element Timing reports when the comment numbers are first painted: the benchmark's "first comment painted". */
const PAINT_TIMING = { elementtiming: 'comment' };

export function depthStyle(depth: number): CSSProperties {
  return {
    '--depth-wide': Math.min(depth, WIDE_INDENT_LEVELS),
    '--depth-narrow': Math.min(depth, NARROW_INDENT_LEVELS),
  } as CSSProperties;
}

/** When indentation no longer tells whom a reply answers, the comment says so. */
export function beyondIndent(depth: number, always: boolean): 'always' | 'wide' | 'narrow' | undefined {
  if (always) return 'always';
  if (depth > WIDE_INDENT_LEVELS) return 'wide';
  if (depth > NARROW_INDENT_LEVELS) return 'narrow';
  return undefined;
}

export const CommentItem = memo(function CommentItem({
  comment,
  rowKey,
  depth,
  parentName,
  collapsed,
  childCount,
  highlighted = false,
  matched = false,
  currentMatch = false,
  searchQuery,
  alwaysShowParent = false,
  isNew = false,
  children,
}: CommentItemProps) {
  const { session, reviewSlug, commentsOpen, announce } = useThreadView();
  const labelId = useId();
  const bodyId = useId();
  const articleRef = useRef<HTMLElement>(null);
  const replyButtonRef = useRef<HTMLButtonElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const quoteSelection = useRef<string | null>(null);
  useRowTarget(session, rowKey, articleRef);
  useEffect(() => {
    if (!currentMatch || !searchQuery) return;
    return highlightMatches(document.getElementById(bodyId), searchQuery);
  }, [currentMatch, searchQuery, bodyId, comment.body]);

  const replyRequest = useSessionState(session, (s) => s.replying.get(comment.id));
  const editRequest = useSessionState(session, (s) => s.editing.get(comment.id));
  const { deleted } = comment;
  const hiddenPlaceholder = isHiddenPlaceholder(comment);
  const isReply = comment.parentId !== null;
  // A hidden comment takes no replies until a moderator restores it.
  const canWrite = commentsOpen && !deleted && comment.hidden !== true;
  const editing = editRequest !== undefined && canWrite && comment.editableUntil !== null;
  const hasReplies = childCount > 0 || comment.descendantCount > 0;
  const name = deleted || hiddenPlaceholder ? null : comment.author.name;

  const openReply = (insert: string | null) => session.openReply(comment.id, { focus: true, insert });

  const captureSelection = () => {
    const selection = window.getSelection();
    const body = document.getElementById(bodyId);
    quoteSelection.current =
      selection &&
      !selection.isCollapsed &&
      body &&
      body.contains(selection.anchorNode) &&
      body.contains(selection.focusNode)
        ? selection.toString()
        : null;
  };

  return (
    <article
      ref={articleRef}
      id={commentElementId(comment.id)}
      aria-labelledby={labelId}
      aria-current={highlighted ? 'true' : undefined}
      tabIndex={-1}
      className={styles.comment}
      data-row-key={rowKey}
      data-beyond={beyondIndent(depth, alwaysShowParent && isReply)}
      data-highlighted={highlighted || undefined}
      data-match={currentMatch ? 'current' : matched ? 'yes' : undefined}
      data-deleted={deleted || undefined}
      data-hidden={comment.hidden || undefined}
      data-new={isNew || undefined}
      style={depthStyle(depth)}
    >
      <div className={styles.box}>
        {/* The accessible name: hidden from reading (the header says it visibly) but used by aria-labelledby. */}
        <span id={labelId} hidden>
          {highlighted ? 'Linked comment: ' : ''}
          {commentLabel(comment, parentName, isReply, { isNew })}
        </span>
        <header className={styles.header}>
          <span className={styles.number} {...PAINT_TIMING}>
            #{comment.number}
          </span>
          {deleted ? (
            <span className={styles.deletedName}>Deleted comment</span>
          ) : hiddenPlaceholder ? (
            <span className={styles.deletedName}>Hidden comment</span>
          ) : (
            <>
              <span className={styles.author}>{comment.author.name}</span>
              {comment.author.isReviewAuthor ? <span className={styles.badge}>Author</span> : null}
              <span className={styles.kind}>{authorKindText(comment)}</span>
            </>
          )}
          <span className={styles.when}>
            <span aria-hidden="true" className={styles.dot}>
              ·
            </span>{' '}
            <RelativeTime iso={comment.createdAt} />
          </span>
          {comment.editedAt && !deleted ? (
            <span className={styles.edited} title={`Edited ${formatDateTime(comment.editedAt)}`}>
              edited<span className="visually-hidden"> {formatDateTime(comment.editedAt)}</span>
            </span>
          ) : null}
          {highlighted ? <span className={styles.linked}>Linked comment</span> : null}
          {comment.hidden && !hiddenPlaceholder ? (
            <span className={styles.hiddenBadge}>Hidden by a moderator</span>
          ) : null}
          {isNew ? <span className={styles.newBadge}>New</span> : null}
        </header>
        {isReply ? (
          <p className={styles.inReplyTo}>
            in reply to <strong>{parentName ?? 'a deleted comment'}</strong>
          </p>
        ) : null}

        {editing ? (
          <EditComposer
            session={session}
            comment={comment}
            rowKey={rowKey}
            request={editRequest}
            onClose={() => {
              session.closeEdit(comment.id);
              // Back to where the reader started (the button may be gone if the window closed meanwhile).
              requestAnimationFrame(() => (editButtonRef.current ?? articleRef.current)?.focus());
            }}
          />
        ) : deleted ? (
          <p className={styles.deletedText}>This comment was deleted.</p>
        ) : hiddenPlaceholder ? (
          <p className={styles.deletedText}>Hidden by a moderator.</p>
        ) : (
          <CommentBody source={comment.body} scope={comment.id} id={bodyId} />
        )}

        <div className={styles.actions}>
          {hasReplies ? (
            <>
              <button
                type="button"
                className={styles.action}
                aria-expanded={!collapsed}
                onClick={() => session.toggleCollapsed(comment.id)}
              >
                <span aria-hidden="true" className={styles.chevron} data-open={!collapsed} />
                {collapsed ? 'Show replies' : 'Hide replies'}
              </button>
              <span className={styles.replyCount}>
                {collapsed
                  ? hiddenRepliesText(Math.max(comment.descendantCount, childCount))
                  : replyCountText(comment.replyCount)}
              </span>
            </>
          ) : null}
          {canWrite ? (
            <>
              <button
                ref={replyButtonRef}
                type="button"
                className={styles.action}
                data-active={replyRequest !== undefined || undefined}
                onClick={() => openReply(null)}
              >
                Reply
              </button>
              <button
                type="button"
                className={styles.action}
                onPointerDown={captureSelection}
                onClick={() => {
                  if (quoteSelection.current === null) captureSelection();
                  const quoted = quoteSelection.current ?? comment.body;
                  quoteSelection.current = null;
                  openReply(quoteMarkdown(quoted));
                }}
              >
                Quote
              </button>
            </>
          ) : null}
          {!deleted ? <CopyLinkButton url={commentPermalink(reviewSlug, comment.id)} /> : null}
          {!deleted && !hiddenPlaceholder ? (
            <FollowRepliesButton reviewSlug={reviewSlug} commentId={comment.id} announce={announce} />
          ) : null}
          {canWrite && comment.editableUntil && !editing ? (
            <EditButton
              ref={editButtonRef}
              editableUntil={comment.editableUntil}
              onClick={() => session.openEdit(comment.id)}
            />
          ) : null}
          {comment.canDelete && !deleted ? <DeleteControl comment={comment} rowKey={rowKey} /> : null}
          {comment.canModerate && !deleted ? <ModerateControl comment={comment} /> : null}
        </div>

        {replyRequest && canWrite ? (
          <NewCommentComposer
            session={session}
            parentId={comment.id}
            parentName={name}
            parentNumber={comment.number}
            request={replyRequest}
            onClose={(reason) => {
              session.closeReply(comment.id);
              if (reason === 'cancelled') replyButtonRef.current?.focus();
            }}
          />
        ) : null}
      </div>
      {children ? <div className={styles.replies}>{children}</div> : null}
    </article>
  );
});

export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow(60_000);
  return (
    <time dateTime={iso} title={formatDateTime(iso)} className={styles.time}>
      {formatRelativeTime(iso, new Date(now))}
    </time>
  );
}

function EditButton({
  editableUntil,
  onClick,
  ref,
}: {
  editableUntil: string;
  onClick: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const now = useNow(15_000);
  const left = editTimeLeftText(editableUntil, now);
  if (left === null) return null;
  return (
    <button ref={ref} type="button" className={styles.action} onClick={onClick}>
      Edit ({left})
    </button>
  );
}

function DeleteControl({ comment, rowKey }: { comment: Comment; rowKey: string }) {
  const { session, reviewSlug, announce } = useThreadView();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const remove = useMutation({
    ...deleteCommentMutationOptions(comment.id),
    onSuccess: (result) => {
      const vanished = result.vanishedIds.includes(comment.id);
      session.applyDelete(result);
      if (vanished && comment.parentId !== null) {
        const parentKey = session.getState().rowKeys.get(comment.parentId) ?? comment.parentId;
        session.requestRow(parentKey, true);
      } else if (!vanished) session.requestRow(rowKey, true);
      announce(vanished ? 'Comment deleted.' : 'Comment deleted. Its replies stay.');
      return syncReviewCommentCount(queryClient, reviewSlug, { count: result.commentCount });
    },
  });

  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (wasConfirming.current) buttonRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const pending = remove.isPending;
  useEffect(() => {
    if (!confirming) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !pending) setConfirming(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [confirming, pending]);

  if (!confirming) {
    return (
      <button ref={buttonRef} type="button" className={styles.action} onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className={styles.confirm}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        Delete this comment?{' '}
        {comment.descendantCount > 0
          ? 'Its replies stay, under a “deleted” placeholder.'
          : 'This cannot be undone.'}
      </p>
      <button
        type="button"
        className="button button--danger"
        disabled={remove.isPending}
        onClick={() => remove.mutate()}
      >
        {remove.isPending ? 'Deleting…' : 'Delete'}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={remove.isPending}
        onClick={() => setConfirming(false)}
      >
        Keep it
      </button>
      {remove.error ? (
        <p role="alert" className={styles.error}>
          {describeCommentError(remove.error).message}
        </p>
      ) : null}
    </div>
  );
}
