import {
  NOTIFICATION_PROBLEM_CODES as CODES,
  commentPermalink,
  type NotificationKind,
  type OutboxEmail,
  type UnsubscribeResult,
} from '../../src/contract/notifications';
import type { OutboxRecord, StoreTx } from '../store/types';
import { settingsOf } from './accounts';
import { DomainError } from './errors';
import {
  base64ToBytes,
  base64UrlToBytes,
  bytesToBase64,
  bytesToBase64Url,
  randomBytes,
  utf8,
} from './encoding';
import { plainExcerpt } from './excerpt';
import { factsFor } from './notifications';

/*
 * Simulated email: unsubscribe tokens, rendering, and the outbox.
 *
 * Fan-out and the digest builder queue emails inside their write transaction
 * (so an email exists exactly when its notifications do). Rendering needs a
 * signed unsubscribe token, and signing with Web Crypto is asynchronous, which
 * an IndexedDB transaction cannot wait for; so the mailer (mocks/mailer.ts)
 * delivers in three steps: queuedEmailDrafts (read), sign and renderEmail (no
 * transaction), recordDeliveries (write). An email whose comments were all
 * deleted or hidden before delivery is dropped, not sent.
 */

// ------------------------------------------------------- unsubscribe tokens

/** What an unsubscribe token stops: a subscription id, 'replies' (reply notifications) or 'email' (all email). */
export interface UnsubscribePayload {
  subject: string;
  userId: string;
}

const SECRET_KEY = 'unsubscribeSecret';

/** The per-install signing secret, or null before the first email. */
export async function readUnsubscribeSecret(tx: StoreTx): Promise<string | null> {
  const meta = await tx.get('meta', SECRET_KEY);
  return typeof meta?.value === 'string' ? meta.value : null;
}

/** Creates the secret on first use (write transaction). */
export async function ensureUnsubscribeSecret(tx: StoreTx): Promise<string> {
  const existing = await readUnsubscribeSecret(tx);
  if (existing !== null) return existing;
  const secret = bytesToBase64(randomBytes(32));
  await tx.put('meta', { key: SECRET_KEY, value: secret });
  return secret;
}

export function importUnsubscribeKey(secret: string): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey(
    'raw',
    base64ToBytes(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

/** `<base64url JSON payload>.<base64url HMAC-SHA256 of it>` */
export async function signUnsubscribeToken(key: CryptoKey, payload: UnsubscribePayload): Promise<string> {
  const body = bytesToBase64Url(utf8(JSON.stringify({ s: payload.subject, u: payload.userId })));
  const signature = await globalThis.crypto.subtle.sign('HMAC', key, utf8(body));
  return `${body}.${bytesToBase64Url(new Uint8Array(signature))}`;
}

const invalidToken = () =>
  DomainError.badRequest(
    'Broken unsubscribe link',
    'This unsubscribe link is not one we sent, or it was changed on the way (copied only in part?). Open it again from the email, or manage what you follow from your account.',
    CODES.invalidUnsubscribeToken,
  );

/** The payload of a token this install signed; 400 `invalid-unsubscribe-token` for anything else. */
export async function verifyUnsubscribeToken(
  key: CryptoKey | null,
  token: string,
): Promise<UnsubscribePayload> {
  const [body, signature, extra] = token.split('.');
  if (!key || body === undefined || signature === undefined || extra !== undefined) throw invalidToken();
  let signatureBytes: Uint8Array<ArrayBuffer>;
  let payload: unknown;
  try {
    signatureBytes = base64UrlToBytes(signature);
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(body)));
  } catch {
    throw invalidToken();
  }
  // subtle.verify compares in constant time.
  if (!(await globalThis.crypto.subtle.verify('HMAC', key, signatureBytes, utf8(body)))) throw invalidToken();
  if (
    typeof payload !== 'object' ||
    payload === null ||
    !('s' in payload) ||
    !('u' in payload) ||
    typeof payload.s !== 'string' ||
    typeof payload.u !== 'string'
  ) {
    throw invalidToken();
  }
  return { subject: payload.s, userId: payload.u };
}

const alreadyDone = (detail: string) =>
  DomainError.gone('Already unsubscribed', detail, CODES.alreadyUnsubscribed);

/** Use a verified token: stops exactly what it names. 410 `already-unsubscribed` when there is nothing left to stop. */
export async function applyUnsubscribe(tx: StoreTx, payload: UnsubscribePayload): Promise<UnsubscribeResult> {
  const { subject, userId } = payload;
  if (subject === 'replies' || subject === 'email') {
    if (!(await tx.get('users', userId))) throw alreadyDone('This account no longer exists.');
    const settings = await settingsOf(tx, userId);
    if (subject === 'replies') {
      if (!settings.notifyOnReplies) {
        throw alreadyDone('Reply notifications are already off. You can turn them back on in your settings.');
      }
      await tx.put('settings', { ...settings, notifyOnReplies: false });
      return {
        scope: 'replies',
        message:
          'You will no longer be notified of replies to your comments. You can turn this back on in your settings.',
      };
    }
    if (settings.emailFrequency === 'off') {
      throw alreadyDone('Emails are already off. You can turn them back on in your settings.');
    }
    await tx.put('settings', { ...settings, emailFrequency: 'off' });
    return {
      scope: 'email',
      message: 'We will send you no more emails. Notifications still appear in your inbox on the site.',
    };
  }
  const subscription = await tx.get('subscriptions', subject);
  if (!subscription || subscription.userId !== userId) {
    throw alreadyDone('You had already stopped following this. Nothing else was changed.');
  }
  await tx.delete('subscriptions', subscription.id);
  const review = await tx.get('reviews', subscription.reviewId);
  const title = review ? `“${review.title}”` : 'this review';
  if (subscription.kind === 'thread') {
    return { scope: 'thread', message: `You no longer follow the discussion of ${title}.` };
  }
  const comment = await tx.get('comments', subscription.commentId);
  return {
    scope: 'subthread',
    message: `You no longer follow the replies to comment ${comment ? `#${comment.number} ` : ''}on ${title}.`,
  };
}

// ---------------------------------------------------------------- rendering

export interface EmailItem {
  reason: NotificationKind;
  actorName: string;
  reviewTitle: string;
  commentNumber: number;
  /** Plain text, spoilers replaced. */
  excerpt: string;
  link: string;
}

export interface EmailDraft {
  outboxId: string;
  userId: string;
  kind: OutboxRecord['kind'];
  to: string;
  recipientName: string;
  unsubscribe: string;
  /** Empty when every comment is gone: drop the email. */
  items: EmailItem[];
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function subjectOf(draft: EmailDraft): string {
  const first = draft.items[0];
  if (draft.kind === 'digest' || !first) {
    const n = draft.items.length;
    return `Your daily digest: ${n} new comment${n === 1 ? '' : 's'} in discussions you follow`;
  }
  switch (first.reason) {
    case 'reply':
      return `${first.actorName} replied to your comment on “${first.reviewTitle}”`;
    case 'subthread':
      return `New reply in a conversation you follow on “${first.reviewTitle}”`;
    case 'thread':
      return `New comment on “${first.reviewTitle}”`;
  }
}

const WHY: Record<NotificationKind, string> = {
  reply: 'someone replied to your comment',
  subthread: 'you follow the replies to a comment',
  thread: 'you follow this discussion',
};

function footerOf(draft: EmailDraft): string {
  const first = draft.items[0];
  if (draft.kind === 'digest' || !first) {
    return 'You get this digest because you chose daily emails for discussions you follow. Unsubscribe to stop all emails:';
  }
  const stop =
    first.reason === 'reply' ? 'stop notifications of replies to your comments' : 'stop following this';
  return `You get this email because ${WHY[first.reason]}. Unsubscribe to ${stop}:`;
}

/** Subject and bodies. Every piece of user text is escaped in the HTML. */
export function renderEmail(
  draft: EmailDraft,
  unsubscribeUrl: string,
): Pick<OutboxEmail, 'subject' | 'text' | 'html'> {
  const subject = subjectOf(draft);
  const footer = footerOf(draft);
  const lines = draft.items.map(
    (i) =>
      `${i.actorName} wrote comment #${i.commentNumber} on “${i.reviewTitle}”:\n\n  ${i.excerpt}\n\nRead it: ${i.link}`,
  );
  const text = [`Hi ${draft.recipientName},`, ...lines, `—\n${footer} ${unsubscribeUrl}`].join('\n\n');
  const blocks = draft.items
    .map(
      (i) =>
        `<div class="item"><p><strong>${escapeHtml(i.actorName)}</strong> wrote comment #${i.commentNumber} on “${escapeHtml(i.reviewTitle)}”:</p>` +
        `<blockquote>${escapeHtml(i.excerpt)}</blockquote>` +
        `<p><a href="${escapeHtml(i.link)}">Read it in context</a></p></div>`,
    )
    .join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>Hi ${escapeHtml(draft.recipientName)},</p>`,
    blocks,
    `<hr><p class="footer">${escapeHtml(footer)} <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

// ------------------------------------------------------------------- outbox

/** Queued emails with what they should say, their comments checked again (read transaction). */
export async function queuedEmailDrafts(tx: StoreTx): Promise<EmailDraft[]> {
  const queued = await tx.getAllByIndex('outbox', 'byStatus', 'queued');
  const drafts: EmailDraft[] = [];
  for (const email of queued) {
    const [user, ...notifications] = await Promise.all([
      tx.get('users', email.userId),
      ...email.notificationIds.map((id) => tx.get('notifications', id)),
    ]);
    const present = notifications.filter((n) => n !== undefined);
    const facts = await factsFor(tx, present);
    drafts.push({
      outboxId: email.id,
      userId: email.userId,
      kind: email.kind,
      to: email.to,
      recipientName: user?.displayName ?? 'there',
      unsubscribe: email.unsubscribe,
      items: user
        ? present.flatMap((n) => {
            const f = facts.get(n.id);
            if (!f) return [];
            return [
              {
                reason: n.kind,
                actorName: f.actorName,
                reviewTitle: f.review.title,
                commentNumber: f.comment.number,
                excerpt: plainExcerpt(f.comment.body),
                link: commentPermalink(f.review.slug, f.comment.id),
              },
            ];
          })
        : [],
    });
  }
  return drafts;
}

export type Delivery =
  | { outboxId: string; status: 'sent'; subject: string; text: string; html: string; unsubscribeUrl: string }
  | { outboxId: string; status: 'dropped' };

/** Marks queued emails sent (with their content) or dropped (write transaction). Already handled ones are left alone. */
export async function recordDeliveries(
  tx: StoreTx,
  deliveries: readonly Delivery[],
  now: Date,
): Promise<number> {
  let sent = 0;
  for (const d of deliveries) {
    const email = await tx.get('outbox', d.outboxId);
    if (email?.status !== 'queued') continue;
    if (d.status === 'dropped') {
      await tx.put('outbox', { ...email, status: 'dropped' });
      continue;
    }
    const { outboxId: _id, status: _status, ...content } = d;
    await tx.put('outbox', { ...email, ...content, status: 'sent', sentAt: now.toISOString() });
    sent++;
  }
  return sent;
}

/** The whole outbox as sent, newest first (the demo Mailbox page). */
export async function listMailbox(tx: StoreTx): Promise<OutboxEmail[]> {
  const sent = await tx.getAllByIndex('outbox', 'byStatus', 'sent');
  sent.sort(
    (a, b) =>
      (b.sentAt ?? b.createdAt).localeCompare(a.sentAt ?? a.createdAt) ||
      b.createdAt.localeCompare(a.createdAt) ||
      b.id.localeCompare(a.id),
  );
  return sent.map((e) => ({
    id: e.id,
    to: e.to,
    subject: e.subject ?? '',
    text: e.text ?? '',
    html: e.html ?? '',
    createdAt: e.createdAt,
    unsubscribeUrl: e.unsubscribeUrl ?? '',
    kind: e.kind,
  }));
}
