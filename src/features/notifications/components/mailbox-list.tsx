import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import list from '../../../components/ui/lists.module.css';
import type { OutboxEmail } from '../../../contract/notifications';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatRelativeTime, pluralize } from '../../../lib/format';
import { subscribe } from '../../../lib/live-events';
import { sanitizeHtml } from '../../../lib/markdown';
import { mailboxQueryOptions } from '../api/get-mailbox';
import { mailboxKeys, notificationKeys } from '../api/keys';
import { sendDigestsMutationOptions } from '../api/send-digests';
import styles from './mailbox.module.css';

/** App addresses inside an email's text (permalinks, unsubscribe links): shown as links into the app. */
const APP_PATH = /(\/(?:reviews|unsubscribe)[/?][^\s]*)/g;

export function linkifyAppPaths(text: string): ReactNode[] {
  return text.split(APP_PATH).map((part, i) =>
    i % 2 === 1 ? (
      <Link key={i} to={part}>
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

/** New emails are written when comments are posted, in any tab: refetch the outbox then. */
function useLiveMailbox() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'notifications-changed' || event.type === 'comment-created') {
          void queryClient.invalidateQueries({ queryKey: mailboxKeys.all });
        }
      }),
    [queryClient],
  );
}

function EmailItem({ email, now }: { email: OutboxEmail; now: Date }) {
  const id = useId();
  return (
    <article className={`${list.card} ${styles.email}`} aria-labelledby={`${id}-subject`}>
      <h2 id={`${id}-subject`} className={styles.subject}>
        {email.subject}
      </h2>
      <dl className={styles.meta}>
        <div>
          <dt>To</dt>
          <dd>{email.to}</dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>
            <time dateTime={email.createdAt} title={formatDateTime(email.createdAt)}>
              {formatRelativeTime(email.createdAt, now)}
            </time>
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>
            <span className={styles.kind} data-kind={email.kind}>
              {email.kind === 'digest' ? 'Daily digest' : 'Immediate'}
            </span>
          </dd>
        </div>
      </dl>
      <details className={styles.details}>
        <summary>
          Read the email<span className="visually-hidden">: {email.subject}</span>
        </summary>
        <div className={styles.body}>
          <h3 className={styles.partTitle}>Text version</h3>
          <pre className={styles.text}>{linkifyAppPaths(email.text)}</pre>
          <details className={styles.details}>
            <summary>HTML version</summary>
            {/*
             * The HTML body is rendered in the page after sanitizing, not in a sandboxed iframe:
             * its links are app paths, which a sandboxed frame could only open inside itself (and
             * the app refuses to be framed), and the page's own styles make it readable in both
             * themes. The sanitizer keeps the text and drops the head, classes and relative links;
             * the links are all in the text version above and the unsubscribe link below.
             */}
            <div
              className={styles.html}
              dangerouslySetInnerHTML={{ __html: sanitizeHtml(email.html, 'review') }}
            />
          </details>
        </div>
      </details>
      <p className={styles.unsubscribe}>
        <Link to={email.unsubscribeUrl} aria-label={`Unsubscribe link of “${email.subject}”`}>
          Unsubscribe link
        </Link>
      </p>
    </article>
  );
}

/**
 * The simulated outbox, newest first: every email the backend "sent", to
 * anyone (it is a demo page). "Send daily digests now" runs the daily job.
 */
export function MailboxList() {
  const { data } = useSuspenseQuery(mailboxQueryOptions());
  const queryClient = useQueryClient();
  useLiveMailbox();
  const [status, setStatus] = useState('');
  const digest = useMutation({
    ...sendDigestsMutationOptions(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: mailboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
      ]),
  });
  const now = new Date();

  const sendDigests = () => {
    setStatus('');
    digest.mutate(undefined, {
      onSuccess: ({ sent }) =>
        setStatus(
          sent === 0
            ? 'No digests to send: nobody on daily emails has anything new.'
            : `Sent ${pluralize(sent, 'daily digest')}.`,
        ),
    });
  };

  return (
    <div className={list.page}>
      <div className={list.toolbar}>
        <p className={list.count}>
          {data.items.length === 0
            ? 'The outbox is empty.'
            : `${pluralize(data.items.length, 'email')}, newest first.`}
        </p>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={digest.isPending}
          onClick={() => {
            if (!digest.isPending) sendDigests();
          }}
        >
          {digest.isPending ? 'Sending…' : 'Send daily digests now'}
        </button>
      </div>
      <div role="status">{status ? <p className="message message--success">{status}</p> : null}</div>
      <div role="alert">
        {digest.isError ? (
          <p className="message message--error">Could not send the digests. {errorMessage(digest.error)}</p>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <div className={styles.empty}>
          <p>
            Nothing has been sent yet. An email is written when someone comments in a discussion a person
            follows, or replies to their comment, and that person gets emails “immediately”. People on a daily
            digest get theirs when the digests are sent.
          </p>
        </div>
      ) : (
        <ol className={list.list} aria-label="Emails">
          {data.items.map((email) => (
            <li key={email.id}>
              <EmailItem email={email} now={now} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
