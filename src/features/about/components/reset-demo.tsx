import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { pluralize } from '../../../lib/format';
import { resetDemoMutationOptions } from '../api/demo';
import styles from './about.module.css';

/**
 * "Reset demo data", with a confirmation step: the first click asks, the
 * second resets. Focus moves to the question and back to the button, Escape
 * cancels, and the outcome is announced.
 */
export function ResetDemo() {
  const id = useId();
  const queryClient = useQueryClient();
  const reset = useMutation({
    ...resetDemoMutationOptions(),
    // Everything on screen came from the old data: refetch it all before saying "done".
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const [confirming, setConfirming] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) promptRef.current?.focus();
    else if (wasConfirming.current) triggerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  useEffect(() => {
    if (!confirming) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !reset.isPending) setConfirming(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [confirming, reset.isPending]);

  const confirm = () => {
    reset.mutate(undefined, { onSettled: () => setConfirming(false) });
  };

  return (
    <div className={styles.reset}>
      {confirming ? (
        <div role="group" aria-labelledby={`${id}-prompt`} className={styles.confirm}>
          <p id={`${id}-prompt`} ref={promptRef} tabIndex={-1} className={styles.prompt}>
            Reset the demo data? Every review and comment in this browser goes back to the original demo
            content. Anything you posted or changed will be lost.
          </p>
          <div className={styles.confirmActions}>
            <button
              type="button"
              className="button button--danger"
              onClick={confirm}
              disabled={reset.isPending}
            >
              {reset.isPending ? 'Resetting…' : 'Yes, reset demo data'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
              disabled={reset.isPending}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            reset.reset();
            setConfirming(true);
          }}
        >
          Reset demo data
        </button>
      )}

      <div role="status">
        {reset.isSuccess ? (
          <p className="message message--success">
            Demo data restored: {pluralize(reset.data.reviews, 'review')},{' '}
            {pluralize(reset.data.comments, 'comment')}.
          </p>
        ) : null}
      </div>
      <div role="alert">
        {reset.isError ? (
          <p className="message message--error">Could not reset the demo data. {errorMessage(reset.error)}</p>
        ) : null}
      </div>
    </div>
  );
}
