import { http } from 'msw';
import { registerBodySchema, signInBodySchema, signOutBodySchema } from '../../src/contract/accounts';
import { credentialsOf } from '../actor';
import type { BackendContext } from '../context';
import {
  beginSignIn,
  checkSignInPassword,
  finishSignIn,
  newSessionToken,
  prepareRegistration,
  register,
  sessionState,
  signOut,
} from '../domain/accounts';
import { guarded, json, noContent, readBody } from '../http';

/**
 * Register, sign in, sign out, and who am I. Passwords are hashed between
 * transactions (see mocks/domain/accounts.ts), never inside one.
 */
export function authHandlers({ store, now }: BackendContext) {
  return [
    http.post(
      '*/api/auth/register',
      guarded(async ({ request }) => {
        const input = await readBody(request, registerBodySchema);
        const prepared = await prepareRegistration(input);
        return json(await store.write((tx) => register(tx, prepared, now())), 201);
      }),
    ),
    http.post(
      '*/api/auth/sign-in',
      guarded(async ({ request }) => {
        const input = await readBody(request, signInBodySchema);
        const at = now();
        const candidate = await store.read((tx) => beginSignIn(tx, input.username, at));
        const [check, token] = await Promise.all([
          checkSignInPassword(candidate, input.password),
          newSessionToken(),
        ]);
        const outcome = await store.write((tx) =>
          finishSignIn(tx, candidate, check, token, input.remember, at),
        );
        // Thrown after the commit, so that the failure counts towards the throttle.
        if (!outcome.ok) throw outcome.error;
        return json(outcome.value);
      }),
    ),
    http.post(
      '*/api/auth/sign-out',
      guarded(async ({ request }) => {
        await readBody(request, signOutBodySchema);
        const creds = await credentialsOf(request);
        await store.write((tx) => signOut(tx, creds));
        return noContent();
      }),
    ),
    http.get(
      '*/api/auth/session',
      guarded(async ({ request }) => {
        const creds = await credentialsOf(request);
        return json(await store.read((tx) => sessionState(tx, creds, now())));
      }),
    ),
  ];
}
