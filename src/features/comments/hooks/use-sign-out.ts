import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionState } from '../../../contract/accounts';
import { forgetSessionToken, sessionKeys } from '../../../lib/session';
import { signOut } from '../api/sign-out';

/**
 * "Not you? Sign out" from a composer: end the session on the server, then
 * forget it in this tab whatever the server said. What is typed stays.
 */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void signOut()
      .catch(() => undefined)
      .finally(() => {
        forgetSessionToken('signed-out');
        queryClient.setQueryData<SessionState>(sessionKeys.all, { session: null, expired: false });
      });
  }, [queryClient]);
}
