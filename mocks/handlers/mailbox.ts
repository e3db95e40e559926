import { http } from 'msw';
import {
  emptyBodySchema,
  unsubscribeBodySchema,
  type DigestResult,
  type Mailbox,
} from '../../src/contract/notifications';
import type { BackendContext } from '../context';
import { applyUnsubscribe, listMailbox, verifyUnsubscribeToken } from '../domain/mail';
import { buildDigests } from '../domain/notifications';
import { guarded, json, readBody } from '../http';
import { deliverQueuedEmails, unsubscribeKey } from '../mailer';

/** The simulated outbox (a demo page), digests on demand, and unsubscribe links (no sign-in needed). */
export function mailboxHandlers({ store, now }: BackendContext) {
  return [
    http.get(
      '*/api/mailbox',
      guarded(async () => {
        // Anything a failed delivery left queued goes out now.
        await deliverQueuedEmails(store, now());
        return json<Mailbox>({ items: await store.read(listMailbox) });
      }),
    ),
    http.post(
      '*/api/mailbox/digest',
      guarded(async ({ request }) => {
        await readBody(request, emptyBodySchema);
        const at = now();
        const queued = await store.write((tx) => buildDigests(tx, at));
        await deliverQueuedEmails(store, at);
        return json<DigestResult>({ sent: queued });
      }),
    ),
    http.post(
      '*/api/unsubscribe',
      guarded(async ({ request }) => {
        const { token } = await readBody(request, unsubscribeBodySchema);
        const payload = await verifyUnsubscribeToken(await unsubscribeKey(store, false), token);
        return json(await store.write((tx) => applyUnsubscribe(tx, payload)));
      }),
    ),
  ];
}
