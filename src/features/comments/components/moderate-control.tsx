import { useMutation } from '@tanstack/react-query';
import type { Comment } from '../../../contract/comments';
import { hideCommentMutationOptions } from '../api/hide-comment';
import { restoreCommentMutationOptions } from '../api/restore-comment';
import { describeCommentError } from '../hooks/use-thread-session';
import styles from './comment.module.css';
import { useThreadView } from './thread-context';

/**
 * Moderators: "Hide" shows the comment to everyone else as "Hidden by a
 * moderator" (its replies stay); "Restore" undoes it. The moderator keeps
 * seeing the text, marked hidden.
 */
export function ModerateControl({ comment }: { comment: Comment }) {
  const { session, announce } = useThreadView();
  const hidden = comment.hidden === true;
  const options = hidden ? restoreCommentMutationOptions(comment.id) : hideCommentMutationOptions(comment.id);
  const change = useMutation({
    ...options,
    // Here, not in mutate(): it must happen even if the row scrolled away meanwhile.
    onSuccess: (updated) => {
      session.applyComment(updated);
      announce(
        updated.hidden
          ? `Comment #${updated.number} hidden. Others see “Hidden by a moderator”.`
          : `Comment #${updated.number} restored.`,
      );
    },
  });
  return (
    <>
      <button
        type="button"
        className={styles.action}
        aria-label={`${hidden ? 'Restore' : 'Hide'} comment #${comment.number}`}
        aria-disabled={change.isPending || undefined}
        onClick={() => {
          if (!change.isPending) change.mutate();
        }}
      >
        {hidden ? 'Restore' : 'Hide'}
      </button>
      {change.error ? (
        <p role="alert" className={styles.error}>
          {describeCommentError(change.error).message}
        </p>
      ) : null}
    </>
  );
}
