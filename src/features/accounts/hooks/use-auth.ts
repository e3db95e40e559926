import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AuthResponse, SessionState } from '../../../contract/accounts';
import { forgetSessionToken, sessionKeys, storeSessionToken } from '../../../lib/session';
import { registerMutationOptions } from '../api/register';
import { signInMutationOptions } from '../api/sign-in';
import { signOutMutationOptions } from '../api/sign-out';

/** Keep the new token (per tab, or remembered) and show the new person at once. */
export function applyAuthResponse(queryClient: QueryClient, response: AuthResponse): void {
  const { token, ...session } = response;
  storeSessionToken(token, session.remember);
  queryClient.setQueryData<SessionState>(sessionKeys.all, { session, expired: false });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    ...signInMutationOptions(),
    onSuccess: (response) => applyAuthResponse(queryClient, response),
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    ...registerMutationOptions(),
    onSuccess: (response) => applyAuthResponse(queryClient, response),
  });
}

/**
 * Sign out: end the session on the server, then forget it here whatever the
 * server said (a sign-out button that leaves you signed in is worse than a
 * session that lingers until it expires).
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    ...signOutMutationOptions(),
    onSettled: () => {
      forgetSessionToken('signed-out');
      queryClient.setQueryData<SessionState>(sessionKeys.all, { session: null, expired: false });
    },
  });
}
