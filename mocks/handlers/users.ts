import { http } from 'msw';
import { profileQuerySchema } from '../../src/contract/accounts';
import type { BackendContext } from '../context';
import { getProfile } from '../domain/accounts';
import { guarded, json, queryOf } from '../http';

export function userHandlers({ store }: BackendContext) {
  return [
    http.get(
      '*/api/users/:username',
      guarded(async ({ request, params }) => {
        // Forgiving like the other list queries: a malformed value falls back to its default.
        const query = profileQuerySchema.parse(queryOf(request));
        return json(await store.read((tx) => getProfile(tx, String(params.username), query)));
      }),
    ),
  ];
}
