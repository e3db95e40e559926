import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ACCOUNT_PROBLEM_CODES } from '../../../contract/accounts';
import type { Comment } from '../../../contract/comments';
import { clearDraft, createDebouncedSaver, type DraftSaver } from '../../../lib/drafts';
import { updateCommentMutationOptions } from '../api/update-comment';
import { useCommentIdentity } from '../hooks/use-comment-identity';
import { useDraft } from '../hooks/use-draft';
import { useSignOut } from '../hooks/use-sign-out';
import { describeCommentError } from '../hooks/use-thread-session';
import { newClientId } from '../lib/client-id';
import { commentPermalink, discussionHref } from '../lib/links';
import { appendQuote } from '../lib/quote';
import type { ComposerRequest, PendingPost, ThreadSession } from '../lib/thread-session';
import { ComposerForm } from './composer-form';
import styles from './composer.module.css';
import { SignInAgain } from './sign-in-again';

/*
 * The three composers: a new comment or reply (its draft keyed by review and
 * parent), an edit (keyed by comment), and the text of a failed post being
 * changed before it is sent again (kept in the outbox).
 */

const SESSION_EXPIRED = ACCOUNT_PROBLEM_CODES.sessionExpired;

/** Where signing in brings the reader back to: the comment replied to, or the discussion. */
export function returnPath(reviewSlug: string, parentId: string | null): string {
  return parentId === null ? discussionHref(reviewSlug) : commentPermalink(reviewSlug, parentId);
}

function useFocusOnRequest(
  session: ThreadSession,
  kind: 'reply' | 'edit',
  id: string | null,
  request: ComposerRequest | undefined,
) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!request?.focus || id === null) return;
    const el = ref.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
    session.consumeComposerRequest(kind, id);
  }, [request, session, kind, id]);
  return ref;
}

export interface NewCommentComposerProps {
  session: ThreadSession;
  parentId: string | null;
  /** For a reply: whom it answers (null when that comment shows no name). */
  parentName?: string | null;
  parentNumber?: number;
  request?: ComposerRequest;
  /** Replies close after posting or on Cancel/Escape. */
  onClose?: (reason: 'posted' | 'cancelled') => void;
}

export function NewCommentComposer({
  session,
  parentId,
  parentName = null,
  parentNumber,
  request,
  onClose,
}: NewCommentComposerProps) {
  const identity = useCommentIdentity();
  const signOut = useSignOut();
  const draft = useDraft({ kind: 'comment', reviewSlug: session.reviewSlug, parentId });
  const [blocked, setBlocked] = useState(false);
  const textareaRef = useFocusOnRequest(session, 'reply', parentId, request);

  // A quote asked for (possibly while the composer is already open): add it once.
  const [appliedNonce, setAppliedNonce] = useState(0);
  if (request?.insert && request.nonce !== appliedNonce) {
    setAppliedNonce(request.nonce);
    draft.setText(appendQuote(draft.text, request.insert));
  }

  const isReply = parentId !== null;
  const label = isReply
    ? `Reply to ${parentName ?? (parentNumber !== undefined ? `comment #${parentNumber}` : 'this comment')}`
    : 'Your comment';

  return (
    <div className={isReply ? styles.replyComposer : styles.topComposer}>
      <ComposerForm
        label={label}
        text={draft.text}
        onTextChange={(text) => {
          setBlocked(false);
          draft.setText(text);
        }}
        submitLabel={isReply ? 'Post reply' : 'Post comment'}
        busyLabel="Posting…"
        blocked={blocked}
        identity={identity}
        onSignOut={signOut}
        returnTo={returnPath(session.reviewSlug, parentId)}
        previewScope={`preview:${parentId ?? 'top'}`}
        textareaRef={textareaRef}
        rows={isReply ? 3 : 4}
        notice={draft.restored ? <span className={styles.restored}>Draft restored</span> : null}
        discardQuestion={isReply ? 'Discard this reply?' : 'Discard this comment?'}
        onSubmit={(text, guestName) => {
          session.submit({ clientId: draft.clientId ?? newClientId(), parentId, body: text, guestName });
          draft.reset();
          if (isReply) onClose?.('posted');
          else setBlocked(true);
        }}
        onCancel={
          isReply
            ? () => {
                draft.discard();
                onClose?.('cancelled');
              }
            : undefined
        }
      />
    </div>
  );
}

export interface EditComposerProps {
  session: ThreadSession;
  comment: Comment;
  rowKey: string;
  request?: ComposerRequest;
  onClose: (reason: 'saved' | 'cancelled') => void;
}

export function EditComposer({ session, comment, rowKey, request, onClose }: EditComposerProps) {
  const target = { kind: 'edit', reviewSlug: session.reviewSlug, commentId: comment.id } as const;
  const original = comment.body;
  const draft = useDraft(target, { initialText: original, pristine: (text) => text === original });
  const textareaRef = useFocusOnRequest(session, 'edit', comment.id, request);
  const save = useMutation({
    ...updateCommentMutationOptions(comment.id),
    // Here, not in mutate(): it must happen even if this row scrolled away meanwhile.
    onSuccess: (updated) => {
      clearDraft(target);
      session.applyComment(updated);
      session.closeEdit(comment.id);
      session.requestRow(rowKey, true);
    },
  });
  const described = save.error ? describeCommentError(save.error) : null;

  return (
    <div className={styles.editComposer}>
      <ComposerForm
        label={`Edit comment #${comment.number}`}
        text={draft.text}
        onTextChange={(text) => {
          if (!save.isPending) draft.setText(text);
        }}
        submitLabel="Save changes"
        busyLabel="Saving…"
        busy={save.isPending}
        serverError={described?.message ?? null}
        serverErrorAction={
          described?.code === SESSION_EXPIRED ? (
            <SignInAgain returnTo={commentPermalink(session.reviewSlug, comment.id)} />
          ) : null
        }
        previewScope={`preview:edit:${comment.id}`}
        textareaRef={textareaRef}
        notice={draft.restored ? <span className={styles.restored}>Draft restored</span> : null}
        discardQuestion="Discard your changes?"
        isDirty={(text) => text !== original}
        onSubmit={(text) => {
          if (text === original) {
            draft.discard();
            onClose('cancelled');
            return;
          }
          // Saved now, so nothing is left waiting to be written back after the success clears it.
          draft.flush();
          save.mutate(text);
        }}
        onCancel={() => {
          draft.discard();
          onClose('cancelled');
        }}
      />
    </div>
  );
}

export interface PendingEditComposerProps {
  session: ThreadSession;
  pending: PendingPost;
  parentName: string | null;
}

export function PendingEditComposer({ session, pending, parentName }: PendingEditComposerProps) {
  const identity = useCommentIdentity();
  const signOut = useSignOut();
  const [text, setText] = useState(pending.body);
  const { clientId } = pending;
  const saverRef = useRef<DraftSaver<string> | null>(null);
  useEffect(() => {
    const saver = createDebouncedSaver<string>((body) => session.updatePendingBody(clientId, body));
    saverRef.current = saver;
    return () => saver.dispose();
  }, [session, clientId]);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textareaRef.current?.focus(), []);

  const nameError = pending.error?.fieldErrors?.guestName?.[0] ?? null;
  return (
    <div className={styles.editComposer}>
      <ComposerForm
        label={
          pending.parentId === null
            ? 'Your comment (not sent)'
            : `Reply to ${parentName ?? 'this comment'} (not sent)`
        }
        text={text}
        onTextChange={(value) => {
          setText(value);
          saverRef.current?.schedule(value);
        }}
        submitLabel="Send again"
        busyLabel="Sending…"
        identity={identity}
        onSignOut={signOut}
        returnTo={returnPath(session.reviewSlug, pending.parentId)}
        serverNameError={nameError}
        serverError={nameError ? null : (pending.error?.message ?? null)}
        previewScope={`preview:pending:${clientId}`}
        textareaRef={textareaRef}
        discardQuestion="Stop editing? Your text stays with the unsent comment."
        isDirty={() => false}
        onSubmit={(body, guestName) => {
          saverRef.current?.cancel();
          session.resendEdited(
            clientId,
            body,
            identity.kind === 'user' ? null : (guestName ?? pending.guestName),
          );
        }}
        onCancel={() => {
          saverRef.current?.flush();
          session.cancelPendingEdit(clientId);
        }}
      />
    </div>
  );
}
