import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getSessionToken, subscribeSession } from '../../../lib/session';

/**
 * When the person in this tab changes (sign-in, sign-out, an expired session,
 * or a remembered session changing in another tab), everything on screen may
 * be someone else's: drop cached data nobody is looking at and refetch the
 * rest. Refetching in place (rather than resetting) keeps the page mounted,
 * so whatever is being typed stays put.
 */
export function useSessionSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let last = getSessionToken();
    return subscribeSession(() => {
      const token = getSessionToken();
      if (token === last) return;
      last = token;
      queryClient.removeQueries({ type: 'inactive' });
      void queryClient.invalidateQueries();
    });
  }, [queryClient]);
}
