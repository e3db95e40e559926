import { memo, useEffect, useId, useRef, useState } from 'react';
import { ACCOUNT_PROBLEM_CODES } from '../../../contract/accounts';
import type { PendingPost } from '../lib/thread-session';
import { CommentBody } from './comment-body';
import { beyondIndent, depthStyle } from './comment-item';
import styles from './comment.module.css';
import { PendingEditComposer, returnPath } from './composer';
import { SignInAgain } from './sign-in-again';
import { useThreadView } from './thread-context';
import { useRowTarget } from './use-row-target';

export interface PendingItemProps {
  pending: PendingPost;
  rowKey: string;
  depth: number;
  parentName: string | null;
}

/**
 * The reader's comment before the backend confirmed it: shown at once,
 * marked "Sending…". If sending fails it stays, with the reason, Retry (same
 * clientId: never a duplicate) and Edit (the text back in a composer).
 */
export const PendingItem = memo(function PendingItem({
  pending,
  rowKey,
  depth,
  parentName,
}: PendingItemProps) {
  const { session, reviewSlug } = useThreadView();
  const labelId = useId();
  const articleRef = useRef<HTMLElement>(null);
  useRowTarget(session, rowKey, articleRef);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirmDiscard) questionRef.current?.focus();
  }, [confirmDiscard]);

  const isReply = pending.parentId !== null;
  const sending = pending.status === 'sending';
  const waiting = pending.status === 'failed' && pending.error === null;
  const status = sending
    ? 'Sending…'
    : waiting
      ? 'Not sent yet'
      : pending.status === 'editing'
        ? 'Not sent'
        : 'Not sent';
  const what = isReply ? `Your reply to ${parentName ?? 'a deleted comment'}` : 'Your comment';

  return (
    <article
      ref={articleRef}
      aria-labelledby={labelId}
      aria-busy={sending}
      tabIndex={-1}
      className={styles.comment}
      data-row-key={rowKey}
      data-pending={pending.status}
      data-beyond={beyondIndent(depth, false)}
      style={depthStyle(depth)}
    >
      <div className={styles.box}>
        <span id={labelId} hidden>
          {what}, {sending ? 'sending' : 'not sent'}
        </span>
        <header className={styles.header}>
          <span className={styles.author}>{pending.guestName ?? 'You'}</span>
          <span className={styles.kind}>you</span>
          <span className={styles.when}>
            <span aria-hidden="true" className={styles.dot}>
              ·
            </span>{' '}
            <span className={sending ? styles.sending : styles.failed}>{status}</span>
          </span>
        </header>
        {isReply ? (
          <p className={styles.inReplyTo}>
            in reply to <strong>{parentName ?? 'a deleted comment'}</strong>
          </p>
        ) : null}
        {pending.status === 'editing' ? (
          <PendingEditComposer session={session} pending={pending} parentName={parentName} />
        ) : (
          <CommentBody source={pending.body} scope={`pending:${pending.clientId}`} />
        )}
        {pending.status === 'failed' ? (
          <div className={styles.failure}>
            <p role="alert" className={styles.error}>
              {pending.error
                ? pending.error.message
                : 'This was written on an earlier visit and has not been confirmed yet.'}
              {pending.error?.code === ACCOUNT_PROBLEM_CODES.sessionExpired ? (
                <>
                  {' '}
                  <SignInAgain returnTo={returnPath(reviewSlug, pending.parentId)} />
                </>
              ) : null}
            </p>
            <div className={styles.actions}>
              <button type="button" className="button" onClick={() => session.retry(pending.clientId)}>
                Retry
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => session.editPending(pending.clientId)}
              >
                Edit
              </button>
              <button type="button" className={styles.action} onClick={() => setConfirmDiscard(true)}>
                Discard
              </button>
            </div>
            {confirmDiscard ? (
              <div role="group" aria-labelledby={`${labelId}-q`} className={styles.confirm}>
                <p id={`${labelId}-q`} ref={questionRef} tabIndex={-1}>
                  Discard this unsent {isReply ? 'reply' : 'comment'}? Its text will be gone.
                </p>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => session.discardPending(pending.clientId)}
                >
                  Discard
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirmDiscard(false)}
                >
                  Keep it
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
});
