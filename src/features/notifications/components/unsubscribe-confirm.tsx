import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_PROBLEM_CODES } from '../../../contract/notifications';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { unsubscribeMutationOptions } from '../api/unsubscribe';
import { unsubscribeQuestion } from '../lib/unsubscribe-token';
import styles from './unsubscribe.module.css';

interface Outcome {
  tone: 'success' | 'error';
  title: string;
  detail: string;
}

function outcomeOfError(error: unknown): Outcome {
  if (error instanceof ApiError && error.code === NOTIFICATION_PROBLEM_CODES.invalidUnsubscribeToken) {
    return {
      tone: 'error',
      title: 'This unsubscribe link is not valid',
      detail:
        'It is not one we sent, or it was changed on the way (copied only in part?). Open it again from the email, or manage what you follow from your account.',
    };
  }
  if (error instanceof ApiError && error.code === NOTIFICATION_PROBLEM_CODES.alreadyUnsubscribed) {
    return {
      tone: 'success',
      title: 'You have already unsubscribed',
      detail: error.problem.detail ?? 'This link was used before; there is nothing left to stop.',
    };
  }
  return { tone: 'error', title: 'Could not unsubscribe', detail: errorMessage(error) };
}

/**
 * Asks first and acts only on the button: mail scanners and link previews
 * open links by themselves, and must not unsubscribe anyone. Works signed out.
 */
export function UnsubscribeConfirm({ token }: { token: string | null }) {
  const unsubscribe = useMutation(unsubscribeMutationOptions());
  const resultRef = useRef<HTMLDivElement>(null);
  const done = unsubscribe.isSuccess || unsubscribe.isError;

  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);

  if (!token) {
    return (
      <div className={styles.box}>
        <p className={styles.title}>This unsubscribe link is incomplete</p>
        <p>
          It has no token: perhaps only part of it was copied. Open it again from the email, or manage what
          you follow from your account.
        </p>
      </div>
    );
  }

  const outcome: Outcome | null = unsubscribe.isSuccess
    ? { tone: 'success', title: 'You have unsubscribed', detail: unsubscribe.data.message }
    : unsubscribe.isError
      ? outcomeOfError(unsubscribe.error)
      : null;

  return (
    <div className={styles.box}>
      {outcome ? (
        <div ref={resultRef} tabIndex={-1} className={styles.result} data-tone={outcome.tone}>
          <h2 className={styles.title}>{outcome.title}</h2>
          <p>{outcome.detail}</p>
        </div>
      ) : (
        <>
          <p className={styles.title}>{unsubscribeQuestion(token)}</p>
          <p>Nothing changes until you confirm. You do not need to sign in.</p>
          <div className={styles.actions}>
            <button
              type="button"
              className="button"
              disabled={unsubscribe.isPending}
              onClick={() => unsubscribe.mutate(token)}
            >
              {unsubscribe.isPending ? 'Unsubscribing…' : 'Unsubscribe'}
            </button>
          </div>
        </>
      )}
      <p className={styles.more}>
        Manage everything you follow on the <Link to="/following">Following</Link> page, and your emails in{' '}
        <Link to="/settings">Settings</Link> (both need you to sign in).
      </p>
    </div>
  );
}
