import { http } from 'msw';
import { createSubscriptionBodySchema, type SubscriptionList } from '../../src/contract/notifications';
import { credentialsOf, resolveRequester } from '../actor';
import type { BackendContext } from '../context';
import { follow, listSubscriptions, subscriptionState, unfollow } from '../domain/subscriptions';
import { guarded, json, noContent, readBody } from '../http';

export function subscriptionHandlers({ store, now }: BackendContext) {
  return [
    http.get(
      '*/api/subscriptions',
      guarded(async ({ request }) => {
        const creds = await credentialsOf(request);
        const at = now();
        const items = await store.read(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'read');
          return listSubscriptions(tx, actor);
        });
        return json<SubscriptionList>({ items });
      }),
    ),
    http.post(
      '*/api/subscriptions',
      guarded(async ({ request }) => {
        const input = await readBody(request, createSubscriptionBodySchema);
        const creds = await credentialsOf(request);
        const at = now();
        const result = await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          return follow(tx, actor, input, at);
        });
        return json(result.subscription, result.created ? 201 : 200);
      }),
    ),
    http.delete(
      '*/api/subscriptions/:id',
      guarded(async ({ request, params }) => {
        const creds = await credentialsOf(request);
        const at = now();
        await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          await unfollow(tx, actor, String(params.id));
        });
        return noContent();
      }),
    ),
    http.get(
      '*/api/reviews/:slug/subscription-state',
      guarded(async ({ request, params }) => {
        const creds = await credentialsOf(request);
        const at = now();
        return json(
          await store.read(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'read');
            return subscriptionState(tx, actor, String(params.slug));
          }),
        );
      }),
    ),
  ];
}
