import { unsubscribeLink } from '../src/contract/notifications';
import {
  ensureUnsubscribeSecret,
  importUnsubscribeKey,
  queuedEmailDrafts,
  readUnsubscribeSecret,
  recordDeliveries,
  renderEmail,
  signUnsubscribeToken,
  type Delivery,
} from './domain/mail';
import type { Store } from './store/types';

/** The signing key for unsubscribe tokens, creating the per-install secret on first use. */
export async function unsubscribeKey(store: Store, create: boolean): Promise<CryptoKey | null> {
  let secret = await store.read(readUnsubscribeSecret);
  if (secret === null && create) secret = await store.write(ensureUnsubscribeSecret);
  return secret === null ? null : importUnsubscribeKey(secret);
}

/**
 * Send what fan-out and the digest builder queued: render each email with its
 * signed unsubscribe link, outside any transaction (Web Crypto is async), then
 * record it as sent, or as dropped when its comments are all gone. Emails left
 * queued by a failure go out on the next run. Returns how many were sent.
 */
export async function deliverQueuedEmails(store: Store, now: Date): Promise<number> {
  const drafts = await store.read(queuedEmailDrafts);
  if (drafts.length === 0) return 0;
  const key = await unsubscribeKey(store, true);
  if (!key) throw new Error('unreachable: the secret was just created');
  const deliveries = await Promise.all(
    drafts.map(async (draft): Promise<Delivery> => {
      if (draft.items.length === 0) return { outboxId: draft.outboxId, status: 'dropped' };
      const token = await signUnsubscribeToken(key, { subject: draft.unsubscribe, userId: draft.userId });
      const unsubscribeUrl = unsubscribeLink(token);
      return {
        outboxId: draft.outboxId,
        status: 'sent',
        unsubscribeUrl,
        ...renderEmail(draft, unsubscribeUrl),
      };
    }),
  );
  return store.write((tx) => recordDeliveries(tx, deliveries, now));
}
